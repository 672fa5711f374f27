package backorder.scenario;

import backorder.policy.PolicySettings;
import backorder.policy.PolicySpec;
import backorder.scenario.YamlNode.Sequence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the {@code policies} list: the keys every policy has here, each type's own keys through
 * its entry in {@link PolicyTypes}; supplier references must exist, and every product must be
 * supplied by one of a policy's suppliers.
 */
final class PolicyParser {

  private static final int MAX_UNSUPPLIED_REPORTED = 10;

  private final Problems problems;
  private final List<Product> products;
  private final List<String> productPaths;
  private final List<Supplier> suppliers;
  private final PolicyReferences references;
  /** the network's locations, or null without {@code locations} */
  private final List<Location> locations;
  private final Map<String, List<PolicySpec>> specsAt = new HashMap<>();

  PolicyParser(Problems problems, List<Product> products, List<String> productPaths,
      List<Supplier> suppliers) {
    this(problems, products, productPaths, suppliers, null);
  }

  /** As above in a scenario with {@code locations} (null: none), whose policies may say {@code at}. */
  PolicyParser(Problems problems, List<Product> products, List<String> productPaths,
      List<Supplier> suppliers, List<Location> locations) {
    this.problems = problems;
    this.products = products;
    this.productPaths = productPaths;
    this.suppliers = suppliers;
    this.references = new PolicyReferences(problems,
        suppliers.stream().map(Supplier::name).toList());
    this.locations = locations;
  }

  /** After {@link #parse}: per policy name, its spec at every location (empty without locations). */
  Map<String, List<PolicySpec>> specsAt() {
    return specsAt;
  }

  List<PolicySpec> parse(YamlNode node, String path) {
    Sequence list = Values.list(node, path, problems);
    if (list == null) {
      return List.of();
    }
    if (list.items().isEmpty()) {
      problems.add(list.where(), path, "must list at least one policy");
    }
    List<PolicySpec> policies = new ArrayList<>();
    Map<String, Integer> firstLine = new HashMap<>();
    for (int i = 0; i < list.items().size(); i++) {
      MappingReader m = MappingReader.open(list.items().get(i), Values.index(path, i), problems,
          null);
      PolicySpec spec = m == null ? null : policy(m);
      if (spec == null) {
        continue;
      }
      Integer first = firstLine.putIfAbsent(spec.name(), m.get("name").where().line());
      if (first != null) {
        problems.add(m.get("name").where(), m.pathOf("name"),
            "duplicate policy name '" + spec.name() + "' (first at line " + first + ")");
      } else {
        policies.add(spec);
      }
    }
    return policies;
  }

  private PolicySpec policy(MappingReader m) {
    String name = m.requiredName("name");
    String typeName = m.requiredOneOf("type", "policy type", PolicyTypes.names());
    if (typeName == null) {
      if (!m.has("type")) {
        m.rejectUnknownKeys(PolicyTypes.keysOf(null));
      }
      return null;
    }
    List<String> allowed = new ArrayList<>(PolicyTypes.keysOf(typeName));
    if (m.has(LocationSettings.KEY)) {
      allowed.add(LocationSettings.KEY);
    }
    m.rejectUnknownKeys(allowed);
    PolicySpec spec = spec(m, name, typeName);
    if (spec != null && locations != null && !locations.isEmpty()) {
      List<PolicySpec> at = new LocationSettings(problems, locations, typeName)
          .specs(m, merged -> spec(merged, spec.name(), typeName));
      if (at != null) {
        specsAt.put(spec.name(), at);
      }
    } else if (m.has(LocationSettings.KEY) && locations == null) {
      problems.add(m.keyWhere(LocationSettings.KEY), m.pathOf(LocationSettings.KEY), "at: sets a"
          + " policy's keys per location of a distribution network; this scenario has no locations");
    }
    return spec;
  }

  /** The keys every policy shares and its type's settings, read from an open policy mapping. */
  private PolicySpec spec(MappingReader m, String name, String typeName) {
    // 0 = continuous; a positive period below ~15 minutes would only flood the calendar with reviews
    double review = m.number("review_period_days", 0,
        v -> v == 0 || v >= 0.01 ? Check.DAYS_CEILING.test(v) : "must be 0 (continuous) or >= 0.01");
    boolean notify = m.bool("notify_customers", false);
    // true by default: a scenario that lists substitutes means the shop to offer them
    boolean offerSubstitutes = m.bool("offer_substitutes", true);
    PolicySettings settings = PolicyTypes.named(typeName).parse(m, references);
    if (name != null && settings != null) {
      checkCoverage(m, name, settings.suppliers());
    }
    return name == null || settings == null ? null
        : new PolicySpec(name, typeName, review, notify, offerSubstitutes, settings);
  }

  /** Every product must be supplied by at least one of the policy's suppliers. */
  private void checkCoverage(MappingReader m, String name, List<String> used) {
    List<Supplier> own = suppliers.stream().filter(s -> used.contains(s.name())).toList();
    int unsupplied = 0;
    for (int i = 0; i < products.size(); i++) {
      String sku = products.get(i).sku();
      if (!suppliedByAny(own, sku)) {
        if (++unsupplied <= MAX_UNSUPPLIED_REPORTED) {
          problems.add(m.where(), m.path, productPaths.get(i) + " '" + sku
              + "' is not supplied by any supplier of policy '" + name + "'");
        }
      }
    }
    if (unsupplied > MAX_UNSUPPLIED_REPORTED) {
      problems.add(m.where(), m.path, "... and " + (unsupplied - MAX_UNSUPPLIED_REPORTED)
          + " more products not supplied by any supplier of policy '" + name + "'");
    }
  }

  /** Whether one of the suppliers supplies the sku (a loop: it runs once per product and policy). */
  private static boolean suppliedByAny(List<Supplier> suppliers, String sku) {
    for (Supplier s : suppliers) {
      if (s.supplies(sku)) {
        return true;
      }
    }
    return false;
  }
}
