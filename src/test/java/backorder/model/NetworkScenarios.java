package backorder.model;

import backorder.scenario.Scenario;
import backorder.scenario.ScenarioException;
import backorder.scenario.ScenarioLoader;
import java.nio.file.Path;

/** Network scenarios for tests, written as YAML so that they pass the loader's checks too. */
final class NetworkScenarios {

  private NetworkScenarios() {}

  /**
   * One product with Poisson demand {@code lambda0} split evenly over {@code stores} identical
   * stores, a deterministic supplier lead time and store transit, and one-for-one base stock with
   * level {@code warehouseLevel} at the warehouse and {@code storeLevel} at every store.
   */
  static Scenario oneForOne(double lambda0, int stores, double supplierLead, double transit,
      int warehouseLevel, int storeLevel, double horizon, double warmup, int replications) {
    StringBuilder y = new StringBuilder();
    y.append("name: one-for-one\nhorizon_days: ").append(horizon).append("\nwarmup_days: ")
        .append(warmup).append("\nreplications: ").append(replications).append("\nseed: 20261203\n")
        .append("products:\n  - sku: A\n    price: 10\n    initial_on_hand: 0\n")
        .append("    demand: {process: poisson, rate_per_day: ").append(lambda0).append("}\n")
        .append("suppliers:\n  - name: s\n    lead_time_days: ").append(supplierLead).append('\n')
        .append("locations:\n  - name: dc\n");
    StringBuilder at = new StringBuilder();
    for (int i = 0; i < stores; i++) {
      // shares 1/N written exactly enough to sum to 1 within 1e-9
      y.append("  - name: store").append(i).append("\n    replenished_from: dc\n    transit_days: ")
          .append(transit).append("\n    demand_share: ").append(1.0 / stores).append('\n');
      at.append(i == 0 ? "" : ", ").append("store").append(i).append(": {reorder_point: ")
          .append(storeLevel - 1).append('}');
    }
    y.append("policies:\n  - name: base-stock\n    type: reorder_point\n    supplier: s\n")
        .append("    reorder_point: ").append(warehouseLevel - 1).append("\n    order_quantity: 1\n")
        .append("    at: {").append(at).append("}\n");
    return parse(y.toString());
  }

  static Scenario parse(String yaml) {
    try {
      return ScenarioLoader.parse(yaml, Path.of("network-test.yaml"));
    } catch (ScenarioException e) {
      throw new AssertionError(e.problems().toString() + "\n" + yaml, e);
    }
  }
}
