package backorder.scenario;

import backorder.policy.PolicySettings;
import backorder.policy.ReorderRule;
import java.util.ArrayList;
import java.util.List;

/** {@code type: reorder_point} — safety stock: one supplier, order at the reorder point. */
final class ReorderPointType implements PolicyType {

  @Override
  public String name() {
    return "reorder_point";
  }

  @Override
  public List<String> keys() {
    List<String> keys = new ArrayList<>(List.of("supplier"));
    keys.addAll(ReorderRuleParser.KEYS);
    return keys;
  }

  @Override
  public PolicySettings parse(MappingReader m, PolicyReferences refs) {
    String supplier = refs.supplier(m, "supplier");
    ReorderRule rule = ReorderRuleParser.parse(m);
    return supplier == null || rule == null ? null
        : new PolicySettings.ReorderPoint(supplier, rule);
  }
}
