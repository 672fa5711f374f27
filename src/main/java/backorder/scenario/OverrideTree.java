package backorder.scenario;

import backorder.scenario.CatalogReader.CatalogRow;
import backorder.scenario.YamlNode.Entry;
import backorder.scenario.YamlNode.Mapping;
import backorder.scenario.YamlNode.Scalar;
import backorder.scenario.YamlNode.Sequence;
import backorder.scenario.YamlNode.Where;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes {@link ValueOverride}s into a parsed scenario tree before it is validated: finds the
 * addressed entry (by name, else by 0-based index; products also among the catalogue rows), walks
 * or creates the keys below it and replaces the value. A path that leads nowhere is reported with
 * the keys or names that exist there; problems are located at {@link #OUTSIDE}.
 */
final class OverrideTree {

  /** Where a value given outside the file is "written": no file, line 0. */
  static final Where OUTSIDE = new Where("", 0, 0);

  private static final int MAX_NAMES_LISTED = 12;

  /** Stands for the value of a probe (an override without a value): the path is checked, nothing set. */
  private static final Scalar PROBE = new Scalar(YamlNode.Kind.NULL, "", null, OUTSIDE);

  private final List<ValueOverride> overrides;
  private final Problems problems;
  private final boolean[] settled;
  private final Map<String, String> userPrefixes = new LinkedHashMap<>();
  private final List<String> catalogueSkus = new ArrayList<>();
  private List<String> writtenProducts = List.of();

  OverrideTree(List<ValueOverride> overrides, Problems problems) {
    this.overrides = List.copyOf(overrides);
    this.problems = problems;
    this.settled = new boolean[overrides.size()];
  }

  /** The document with every override applied that addresses an entry written in it. */
  Mapping document(Mapping root) {
    Mapping out = root;
    for (int i = 0; i < overrides.size(); i++) {
      out = apply(out, i);
    }
    return out;
  }

  /** A catalogue row with the product overrides that address its sku applied. */
  Mapping catalogRow(CatalogRow row) {
    Mapping product = row.product();
    String sku = product.get("sku") instanceof Scalar s ? s.text() : null;
    if (sku == null) {
      return product;
    }
    catalogueSkus.add(sku);
    for (int i = 0; i < overrides.size(); i++) {
      ScenarioPath p = overrides.get(i).path();
      if (!settled[i] && p.section().equals("products") && p.selector().equals(sku)) {
        settled[i] = true;
        userPrefixes.put(row.path(), p.entry());
        Mapping changed = set(p, product, product, 0, value(i));
        product = changed == null ? product : changed;
      }
    }
    return product;
  }

  /** Reports the product overrides that found no product in the file or its catalogue. */
  void finish() {
    for (int i = 0; i < overrides.size(); i++) {
      if (!settled[i]) {
        List<String> all = new ArrayList<>(writtenProducts);
        all.addAll(catalogueSkus);
        report(overrides.get(i).path(), unknownEntry(overrides.get(i).path(), all,
            writtenProducts.size(), "; products and product_catalog searched"));
      }
    }
  }

  /** Problems with loader paths ({@code policies[1]...}) renamed as the overrides address them. */
  List<Problem> userPaths(List<Problem> found) {
    List<Problem> out = new ArrayList<>();
    for (Problem p : found) {
      String path = p.path();
      if (p.line() == 0) {
        for (Map.Entry<String, String> e : userPrefixes.entrySet()) {
          if (path.equals(e.getKey()) || path.startsWith(e.getKey() + ".")) {
            path = e.getValue() + path.substring(e.getKey().length());
            break;
          }
        }
      }
      out.add(new Problem(p.file(), p.line(), p.column(), path, p.message()));
    }
    return out;
  }

  private Mapping apply(Mapping root, int i) {
    ScenarioPath p = overrides.get(i).path();
    boolean catalogue = p.section().equals("products") && root.has("product_catalog");
    List<YamlNode> items = root.get(p.section()) instanceof Sequence s ? s.items() : List.of();
    List<String> names = names(items, p.section());
    if (p.section().equals("products")) {
      writtenProducts = names;
    }
    int index = find(items, names, p.selector());
    if (index < 0) {
      if (!catalogue) {
        settled[i] = true;
        report(p, unknownEntry(p, names, items.size(), ""));
      }
      return root;
    }
    settled[i] = true;
    if (!(items.get(index) instanceof Mapping entry)) {
      return root; // the loader reports the entry itself
    }
    userPrefixes.put(Values.index(p.section(), index), p.entry());
    Mapping changed = set(p, entry, entry, 0, value(i));
    if (changed == null) {
      return root;
    }
    List<YamlNode> newItems = new ArrayList<>(items);
    newItems.set(index, changed);
    Map<String, Entry> entries = new LinkedHashMap<>(root.entries());
    Entry list = root.entries().get(p.section());
    entries.put(p.section(), new Entry(p.section(), list.keyWhere(),
        new Sequence(newItems, list.value().where())));
    return new Mapping(entries, root.where());
  }

  /** The mapping with the value set at the path's keys from {@code depth} on; null if it cannot be. */
  private Mapping set(ScenarioPath p, Mapping entry, Mapping mapping, int depth, YamlNode value) {
    if (value == null) {
      return null;
    }
    String key = p.keys().get(depth);
    List<String> known = ScenarioKeys.at(p.section(), entry, p.keys().subList(0, depth), mapping);
    Entry old = mapping.entries().get(key);
    if (old == null && known != null && !known.contains(key)) {
      report(p, "unknown key '" + key + "' at " + p.prefix(depth) + " (keys there: "
          + String.join(", ", known) + ")");
      return null;
    }
    YamlNode newValue = value;
    if (depth < p.keys().size() - 1) {
      Mapping child = old == null ? new Mapping(Map.of(), OUTSIDE) : null;
      if (old != null && old.value() instanceof Mapping m) {
        child = m;
      } else if (old != null) {
        report(p, p.prefix(depth + 1) + " is " + YamlNode.describe(old.value())
            + ", not a mapping, so it has no key '" + p.keys().get(depth + 1) + "': vary "
            + p.prefix(depth + 1) + " itself");
        return null;
      }
      newValue = set(p, entry, child, depth + 1, value);
      if (newValue == null) {
        return null;
      }
    }
    if (value == PROBE) {
      return mapping;
    }
    Map<String, Entry> entries = new LinkedHashMap<>(mapping.entries());
    entries.put(key, new Entry(key, old == null ? OUTSIDE : old.keyWhere(), newValue));
    return new Mapping(entries, mapping.where());
  }

  /** The override's text read like a YAML value; null when it is not valid YAML (reported). */
  private YamlNode value(int i) {
    ValueOverride o = overrides.get(i);
    if (o.value() == null) {
      return PROBE;
    }
    return YamlTree.readCell(o.value(), OUTSIDE, o.path().toString(), problems);
  }

  private static List<String> names(List<YamlNode> items, String section) {
    List<String> names = new ArrayList<>();
    for (YamlNode item : items) {
      if (item instanceof Mapping m && m.get(ScenarioKeys.nameKey(section)) instanceof Scalar s) {
        names.add(s.text());
      } else {
        names.add(null);
      }
    }
    return names;
  }

  /** The entry named {@code selector}, else the entry at that 0-based index; -1 for none. */
  private static int find(List<YamlNode> items, List<String> names, String selector) {
    int named = names.indexOf(selector);
    if (named >= 0) {
      return named;
    }
    if (selector.matches("[0-9]{1,9}")) {
      int index = Integer.parseInt(selector);
      return index < items.size() ? index : -1;
    }
    return -1;
  }

  private static String unknownEntry(ScenarioPath p, List<String> names, int written,
      String searched) {
    String noun = switch (p.section()) {
      case "policies" -> "policy";
      case "products" -> "product";
      case "suppliers" -> "supplier";
      default -> "disruption";
    };
    List<String> given = names.stream().filter(n -> n != null).toList();
    String named = given.isEmpty() ? "no " + noun + " has " + (noun.equals("disruption") ? "an id" : "a name")
        : given.size() > MAX_NAMES_LISTED ? given.size() + " names"
        : "names there: " + String.join(", ", given);
    String indices = written == 0 ? "none written in the file" : written == 1 ? "index 0"
        : "indices 0 to " + (written - 1);
    return "unknown " + noun + " '" + p.selector() + "' (" + named + "; " + indices + searched + ")";
  }

  private void report(ScenarioPath p, String message) {
    problems.add(OUTSIDE, p.toString(), message);
  }
}
