package backorder.scenario;

import java.util.List;

/** What a policy type's parser may refer to: the scenario's suppliers, and where to report problems. */
final class PolicyReferences {

  final Problems problems;
  final List<String> supplierNames;

  PolicyReferences(Problems problems, List<String> supplierNames) {
    this.problems = problems;
    this.supplierNames = supplierNames;
  }

  /** The required supplier name at {@code key}, or null (reported) when absent or unknown. */
  String supplier(MappingReader m, String key) {
    String name = m.requiredText(key);
    if (name != null && !supplierNames.contains(name)) {
      problems.add(m.get(key).where(), m.pathOf(key),
          MappingReader.unknownName("supplier", name, supplierNames));
      return null;
    }
    return name;
  }
}
