package backorder.policy;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one place that names the policy types: for each, the YAML keys it accepts (beyond the keys
 * every policy has) and how to build an instance for one replication.
 */
public final class PolicyRegistry {

  /** Keys every policy accepts. */
  public static final Set<String> COMMON_KEYS =
      Set.of("name", "type", "review_period_days", "notify_customers");

  private static final Set<String> RULE_KEYS =
      Set.of("reorder_point", "safety_stock", "order_quantity", "order_up_to");

  /** Type name to its own keys. */
  public static final Map<String, Set<String>> TYPE_KEYS = Map.of(
      "reorder_point", union(Set.of("supplier"), RULE_KEYS),
      "multi_supplier",
      union(Set.of("primary", "backups", "mode", "split", "failover_after_delay_days"), RULE_KEYS),
      "purchasing_plan", Set.of("supplier", "forecast", "buffer_days", "order_cover_days"));

  /** Type names in documentation order. */
  public static final List<String> TYPES = List.of("reorder_point", "multi_supplier", "purchasing_plan");

  private PolicyRegistry() {}

  /** Builds a fresh policy (policies may keep state such as forecasts) for one replication. */
  public static Policy create(PolicySpec spec, PlanningInputs inputs) {
    PolicySettings settings = spec.settings();
    if (settings instanceof PolicySettings.ReorderPoint s) {
      return new ReorderPointPolicy(spec, s, inputs);
    }
    if (settings instanceof PolicySettings.MultiSupplier s) {
      return new MultiSupplierPolicy(spec, s, inputs);
    }
    return new PurchasingPlanPolicy(spec, (PolicySettings.PurchasingPlan) settings, inputs);
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    var all = new java.util.HashSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }
}
