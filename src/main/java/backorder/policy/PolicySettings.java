package backorder.policy;

import java.util.List;
import java.util.Map;

/** Type-specific settings of a policy; one record per policy type of the {@link PolicyRegistry}. */
public sealed interface PolicySettings {

  /** Safety stock: one supplier, order at the reorder point. */
  record ReorderPoint(String supplier, ReorderRule rule) implements PolicySettings {}

  /**
   * A primary and backups.
   *
   * @param split shares by supplier name (mode split)
   * @param failoverAfterDelayDays mode failover: backups used while the primary's announced delay exceeds this
   */
  record MultiSupplier(String primary, List<String> backups, Mode mode, Map<String, Double> split,
      double failoverAfterDelayDays, ReorderRule rule) implements PolicySettings {

    public enum Mode {
      SPLIT, FAILOVER, EXPEDITE
    }
  }

  /** Forecast, project the sell-out date, order early enough to cover production and shipping. */
  record PurchasingPlan(String supplier, Forecast forecast, double bufferDays,
      double orderCoverDays) implements PolicySettings {}
}
