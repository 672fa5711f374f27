package backorder.scenario;

import java.util.List;
import java.util.Set;

/**
 * What a disruption kind's parser may refer to: the scenario's products, suppliers and stores.
 *
 * @param stores the network's store names; null in a scenario without {@code locations}, empty
 *     when its {@code locations} are invalid (reported)
 * @param warehouse the network's warehouse name; null without {@code locations}
 */
record DisruptionReferences(List<String> skus, List<String> suppliers, List<String> stores,
    String warehouse) {

  /**
   * The optional list of store names at {@code key} (SPEC §7), or null when absent or wrong
   * (reported: unknown names, the warehouse, or a scenario without locations).
   */
  Set<String> stores(MappingReader m, String key) {
    if (!m.has(key)) {
      return null;
    }
    if (stores == null) {
      m.problems.add(m.keyWhere(key), m.pathOf(key), "names stores of a distribution network;"
          + " this scenario has no locations");
      return null;
    }
    if (stores.isEmpty()) {
      return null; // the locations themselves are wrong (reported): nothing to check names against
    }
    List<String> known = new java.util.ArrayList<>(stores);
    known.add(warehouse);
    List<String> names = m.names(key, "location", known);
    if (names == null) {
      return null;
    }
    if (names.contains(warehouse)) {
      m.problems.add(m.get(key).where(), m.pathOf(key), "'" + warehouse + "' is the warehouse:"
          + " its shipments come from suppliers (name them in suppliers); locations names stores");
      return null;
    }
    return Sets.copyOf(names);
  }

  /** The required supplier name at {@code key}, or null (reported) when absent or unknown. */
  String supplier(MappingReader m, String key) {
    String name = m.requiredText(key);
    if (name != null && !suppliers.contains(name)) {
      m.problems.add(m.get(key).where(), m.pathOf(key),
          MappingReader.unknownName("supplier", name, suppliers));
      return null;
    }
    return name;
  }
}
