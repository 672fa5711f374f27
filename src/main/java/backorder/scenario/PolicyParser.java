package backorder.scenario;

import backorder.policy.Forecast;
import backorder.policy.PolicyRegistry;
import backorder.policy.PolicySettings;
import backorder.policy.PolicySettings.MultiSupplier.Mode;
import backorder.policy.PolicySpec;
import backorder.policy.ReorderRule;
import backorder.scenario.YamlNode.Entry;
import backorder.scenario.YamlNode.Sequence;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the {@code policies} list: the keys each type accepts come from {@link PolicyRegistry};
 * supplier references must exist, and every product must be supplied by one of a policy's
 * suppliers.
 */
final class PolicyParser {

  /** Every policy key in documentation order (for readable "expected one of" lists). */
  private static final List<String> KEY_ORDER = List.of("name", "type", "supplier", "primary",
      "backups", "mode", "split", "failover_after_delay_days", "review_period_days",
      "reorder_point", "safety_stock", "order_quantity", "order_up_to", "forecast", "buffer_days",
      "order_cover_days", "notify_customers");

  static final List<String> MODES = List.of("split", "failover", "expedite");

  /** Forecast method to its own keys (beyond {@code method}). */
  static final Map<String, List<String>> FORECAST_KEYS = Map.of(
      "moving_average", List.of("window_days"),
      "exponential_smoothing", List.of("alpha"),
      "holt", List.of("alpha", "beta"));

  static final List<String> FORECAST_METHODS =
      List.of("moving_average", "exponential_smoothing", "holt");

  private static final int MAX_UNSUPPLIED_REPORTED = 10;

  private final Problems problems;
  private final List<Product> products;
  private final List<String> productPaths;
  private final List<Supplier> suppliers;
  private final List<String> supplierNames;

  PolicyParser(Problems problems, List<Product> products, List<String> productPaths,
      List<Supplier> suppliers) {
    this.problems = problems;
    this.products = products;
    this.productPaths = productPaths;
    this.suppliers = suppliers;
    this.supplierNames = suppliers.stream().map(Supplier::name).toList();
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

  /** Keys a type accepts: the registry's, in documentation order. */
  static List<String> keysOf(String type) {
    List<String> allowed = new ArrayList<>(PolicyRegistry.COMMON_KEYS);
    if (type == null) {
      PolicyRegistry.TYPE_KEYS.values().forEach(allowed::addAll);
    } else {
      allowed.addAll(PolicyRegistry.TYPE_KEYS.get(type));
    }
    List<String> ordered = new ArrayList<>(KEY_ORDER.stream().filter(allowed::contains).toList());
    allowed.stream().filter(k -> !ordered.contains(k)).distinct().sorted().forEach(ordered::add);
    return ordered;
  }

  private PolicySpec policy(MappingReader m) {
    String name = m.requiredText("name");
    if (name != null && name.isBlank()) {
      problems.add(m.get("name").where(), m.pathOf("name"), "must not be empty");
      name = null;
    }
    String type = m.requiredOneOf("type", "policy type", PolicyRegistry.TYPES);
    if (type == null) {
      if (!m.has("type")) {
        m.rejectUnknownKeys(keysOf(null));
      }
      return null;
    }
    m.rejectUnknownKeys(keysOf(type));
    // 0 = continuous; a positive period below ~15 minutes would only flood the calendar with reviews
    double review = m.number("review_period_days", 0,
        v -> v == 0 || v >= 0.01 ? null : "must be 0 (continuous) or >= 0.01");
    boolean notify = m.bool("notify_customers", false);
    List<String> used = new ArrayList<>();
    PolicySettings settings = switch (type) {
      case "reorder_point" -> reorderPoint(m, used);
      case "multi_supplier" -> multiSupplier(m, used);
      default -> purchasingPlan(m, used);
    };
    if (name != null && !used.isEmpty()) {
      checkCoverage(m, name, used);
    }
    return name == null || settings == null ? null
        : new PolicySpec(name, type, review, notify, settings);
  }

  private PolicySettings reorderPoint(MappingReader m, List<String> used) {
    String supplier = supplier(m, "supplier");
    ReorderRule rule = ReorderRuleParser.parse(m);
    if (supplier != null) {
      used.add(supplier);
    }
    return supplier == null || rule == null ? null
        : new PolicySettings.ReorderPoint(supplier, rule);
  }

  private PolicySettings multiSupplier(MappingReader m, List<String> used) {
    String primary = supplier(m, "primary");
    List<String> backups = m.has("backups") ? m.names("backups", "supplier", supplierNames) : null;
    if (!m.has("backups")) {
      m.missing("backups", "required (a list of backup supplier names)");
    } else if (backups != null && m.get("backups") instanceof Sequence l && l.items().isEmpty()) {
      problems.add(l.where(), m.pathOf("backups"), "must list at least one backup supplier");
      backups = null;
    }
    if (backups != null && primary != null && backups.contains(primary)) {
      problems.add(m.get("backups").where(), m.pathOf("backups"),
          "must not contain the primary '" + primary + "'");
      backups = null;
    }
    String modeName = m.requiredOneOf("mode", "mode", MODES);
    Mode mode = modeName == null ? null : Mode.valueOf(modeName.toUpperCase(Locale.ROOT));
    Map<String, Double> split = Map.of();
    if (mode == Mode.SPLIT) {
      split = m.has("split") ? split(m, primary, backups) : null;
      if (!m.has("split")) {
        m.missing("split", "required with mode: split (shares by supplier, summing to 1)");
      }
    } else if (mode != null && m.has("split")) {
      problems.add(m.keyWhere("split"), m.pathOf("split"), "used only with mode: split");
    }
    double failover = 0;
    if (mode == Mode.FAILOVER) {
      failover = m.number("failover_after_delay_days", 0, Check.atLeast(0));
    } else if (mode != null && m.has("failover_after_delay_days")) {
      problems.add(m.keyWhere("failover_after_delay_days"), m.pathOf("failover_after_delay_days"),
          "used only with mode: failover");
    }
    ReorderRule rule = ReorderRuleParser.parse(m);
    if (primary != null && backups != null) {
      used.add(primary);
      used.addAll(backups);
    }
    if (primary == null || backups == null || mode == null || split == null || rule == null) {
      return null;
    }
    return new PolicySettings.MultiSupplier(primary, List.copyOf(backups), mode, split, failover,
        rule);
  }

  private Map<String, Double> split(MappingReader policy, String primary, List<String> backups) {
    if (primary == null || backups == null) {
      return null;
    }
    List<String> names = new ArrayList<>(List.of(primary));
    names.addAll(backups);
    MappingReader m = MappingReader.open(policy.get("split"), policy.pathOf("split"), problems,
        null);
    if (m == null) {
      return null;
    }
    Map<String, Double> shares = new LinkedHashMap<>();
    boolean ok = true;
    for (Entry e : m.mapping.entries().values()) {
      if (!names.contains(e.key())) {
        problems.add(e.keyWhere(), m.pathOf(e.key()), "unknown supplier '" + e.key()
            + "' (expected the primary or a backup: " + String.join(", ", names) + ")");
        ok = false;
        continue;
      }
      Double share = m.number(e.key(), Check.between(0, 1));
      ok &= share != null;
      shares.put(e.key(), share == null ? 0 : share);
    }
    double sum = shares.values().stream().mapToDouble(Double::doubleValue).sum();
    if (ok && Math.abs(sum - 1) > 1e-9) {
      problems.add(m.where(), m.path, "shares must sum to 1, got " + Check.format(sum));
      ok = false;
    }
    return ok ? Collections.unmodifiableMap(shares) : null;
  }

  private PolicySettings purchasingPlan(MappingReader m, List<String> used) {
    String supplier = supplier(m, "supplier");
    Forecast forecast = null;
    if (!m.has("forecast")) {
      m.missing("forecast", "required (e.g. {method: moving_average, window_days: 28})");
    } else {
      forecast = forecast(m);
    }
    double buffer = m.number("buffer_days", 0, Check.atLeast(0));
    Double cover = m.requiredNumber("order_cover_days", Check.above(0));
    if (supplier != null) {
      used.add(supplier);
    }
    return supplier == null || forecast == null || cover == null ? null
        : new PolicySettings.PurchasingPlan(supplier, forecast, buffer, cover);
  }

  private Forecast forecast(MappingReader policy) {
    MappingReader m = MappingReader.open(policy.get("forecast"), policy.pathOf("forecast"),
        problems, null);
    if (m == null) {
      return null;
    }
    String method = m.requiredOneOf("method", "forecast method", FORECAST_METHODS);
    if (method == null) {
      return null;
    }
    List<String> keys = new ArrayList<>(List.of("method"));
    keys.addAll(FORECAST_KEYS.get(method));
    m.rejectUnknownKeys(keys);
    long window = m.integer("window_days", 28, 1, 100_000);
    double alpha = m.number("alpha", 0.2, Check.SMOOTHING);
    double beta = m.number("beta", 0.1, Check.SMOOTHING);
    return new Forecast(Forecast.Method.valueOf(method.toUpperCase(Locale.ROOT)), (int) window,
        alpha, beta);
  }

  private String supplier(MappingReader m, String key) {
    String name = m.requiredText(key);
    if (name != null && !supplierNames.contains(name)) {
      problems.add(m.get(key).where(), m.pathOf(key),
          MappingReader.unknownName("supplier", name, supplierNames));
      return null;
    }
    return name;
  }

  /** Every product must be supplied by at least one of the policy's suppliers. */
  private void checkCoverage(MappingReader m, String name, List<String> used) {
    List<Supplier> own = suppliers.stream().filter(s -> used.contains(s.name())).toList();
    int unsupplied = 0;
    for (int i = 0; i < products.size(); i++) {
      String sku = products.get(i).sku();
      if (own.stream().noneMatch(s -> s.supplies(sku))) {
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
}
