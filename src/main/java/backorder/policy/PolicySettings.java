package backorder.policy;

import java.util.List;
import java.util.Map;

/**
 * Type-specific settings of a policy, each record the factory of its own policy type (so building
 * a policy needs no list of types); the scenario package names and parses each type.
 */
public interface PolicySettings {

  /** Builds a fresh policy (policies may keep state such as forecasts) for one replication. */
  Policy create(PolicySpec spec, PlanningInputs inputs);

  /** The suppliers the policy may order from: every product must be supplied by one of them. */
  List<String> suppliers();

  /** Safety stock: one supplier, order at the reorder point. */
  record ReorderPoint(String supplier, ReorderRule rule) implements PolicySettings {
    @Override
    public Policy create(PolicySpec spec, PlanningInputs inputs) {
      return new ReorderPointPolicy(spec, this, inputs);
    }

    @Override
    public List<String> suppliers() {
      return List.of(supplier);
    }
  }

  /**
   * A primary and backups.
   *
   * @param split shares by supplier name (mode split)
   * @param failoverAfterDelayDays mode failover: backups used while the primary's announced delay exceeds this
   */
  record MultiSupplier(String primary, List<String> backups, Mode mode, Map<String, Double> split,
      double failoverAfterDelayDays, ReorderRule rule) implements PolicySettings {

    /** When the backups are used. */
    public enum Mode {
      SPLIT, FAILOVER, EXPEDITE
    }

    @Override
    public Policy create(PolicySpec spec, PlanningInputs inputs) {
      return new MultiSupplierPolicy(spec, this, inputs);
    }

    @Override
    public List<String> suppliers() {
      List<String> all = new java.util.ArrayList<>(List.of(primary));
      all.addAll(backups);
      return List.copyOf(all);
    }
  }

  /** Forecast, project the sell-out date, order early enough to cover production and shipping. */
  record PurchasingPlan(String supplier, Forecast forecast, double bufferDays,
      double orderCoverDays) implements PolicySettings {
    @Override
    public Policy create(PolicySpec spec, PlanningInputs inputs) {
      return new PurchasingPlanPolicy(spec, this, inputs);
    }

    @Override
    public List<String> suppliers() {
      return List.of(supplier);
    }
  }
}
