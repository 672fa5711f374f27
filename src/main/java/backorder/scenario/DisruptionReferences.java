package backorder.scenario;

import java.util.List;

/** What a disruption kind's parser may refer to: the scenario's products and suppliers. */
record DisruptionReferences(List<String> skus, List<String> suppliers) {

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
