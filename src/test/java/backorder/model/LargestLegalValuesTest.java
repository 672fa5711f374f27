package backorder.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backorder.experiment.ExperimentResult;
import backorder.experiment.Tally;
import backorder.metric.Metric;
import backorder.scenario.Scenario;
import backorder.scenario.ScenarioException;
import backorder.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13 item 7: with every money amount, quantity and span at the largest value the loader
 * accepts, no metric overflows to a missing value (NaN, reported as null) or to infinity.
 */
class LargestLegalValuesTest {

  /** Money at 1e9, stock and lots at 1e12 units, orders of 1e6 units, spans of 1e6 days. */
  private static String world(double horizon, double rate, double spikeDays, double multiplier) {
    String customers = "{lifetime_value: 1e9, lost_after_stockout_probability: 1,"
        + " lost_after_cancel_probability: 1, patience_days: {dist: exponential, mean: 10},"
        + " complaint_after_days: 1000000}";
    String product = "    price: 1e9\n"
        + "    holding_cost_per_unit_day: 1e9\n"
        + "    backorder_cost_per_unit_day: 1e9\n"
        + "    demand: {process: poisson, rate_per_day: " + rate + ", order_size: 1000000}\n"
        + "    customers: " + customers + "\n";
    return "name: largest\n"
        + "horizon_days: " + horizon + "\n"
        + "products:\n"
        + "  - sku: STOCKED\n" + product
        + "    initial_on_hand: 1e12\n"
        + "  - sku: SHORT\n" + product
        + "  - sku: REFUSED\n" + product
        + "    when_out_of_stock: lost_sale\n"
        + "suppliers:\n"
        + "  - name: s1\n"
        + "    unit_cost: 1e9\n"
        + "    order_cost: 1e9\n"
        + "    lead_time_days: {dist: uniform, min: 0, max: " + Math.min(horizon, 30) + "}\n"
        + "disruptions:\n"
        + "  - type: demand_spike\n"
        + "    start_day: " + horizon / 4 + "\n"
        + "    duration_days: " + spikeDays + "\n"
        + "    multiplier: " + multiplier + "\n"
        + "policies:\n"
        + "  - name: biggest-lots\n"
        + "    type: reorder_point\n"
        + "    supplier: s1\n"
        + "    reorder_point: 1e12\n"
        + "    order_quantity: 1e12\n";
  }

  @Test
  void longestHorizon_largestMoneyAndStock_everyTotalIsFinite() throws ScenarioException {
    Scenario s = ScenarioLoader.parse(world(1_000_000, 1, 30, 1000), Path.of("largest.yaml"));

    ReplicationResult r = Runs.once(s, 0);

    assertTrue(Runs.value(r, Metric.ORDERS) > 0, "orders arrived");
    assertTrue(Runs.value(r, Metric.HOLDING_COST) > 1e27, "1e12 units held at 1e9 a day for ages");
    for (Metric m : Metric.values()) {
      double v = Runs.value(r, m);
      assertTrue(Double.isFinite(v), () -> m.key() + " = " + v);
    }
  }

  @Test
  void largestRate_largestMoney_everySummaryIsFinite() throws ScenarioException {
    Scenario s = ScenarioLoader.parse(world(0.02, 1_000_000, 0.01, 2), Path.of("largest.yaml"))
        .toBuilder().replications(3).build();

    ExperimentResult result = Runs.run(s, 2);

    assertEquals(3, result.plan().replications());
    // a run shorter than a day has no daily fill rate to recover: recovery_days is checked above
    for (Metric m : Metric.values()) {
      if (m == Metric.RECOVERY_DAYS) {
        continue;
      }
      Tally.Summary total = Runs.metric(result, 0, m);
      assertTrue(Double.isFinite(total.mean()) && Double.isFinite(total.ci95High()),
          () -> m.key() + " = " + total);
    }
    assertTrue(Runs.metric(result, 0, Metric.REVENUE).mean() > 1e18, "1e9 per unit, 1e6 units an order");
  }

  @Test
  void largeStudy_100000ProductsOf20OrdersADayForAYear_isLegal(@TempDir Path dir)
      throws IOException, ScenarioException {
    StringBuilder catalog = new StringBuilder("sku\n");
    for (int i = 0; i < 100_000; i++) {
      catalog.append("SKU-").append(i).append('\n');
    }
    Files.writeString(dir.resolve("catalog.csv"), catalog);
    Path file = Files.writeString(dir.resolve("large.yaml"), "name: large\n"
        + "horizon_days: 365\n"
        + "product_catalog: catalog.csv\n"
        + "product_defaults: {price: 10, initial_on_hand: 240, demand: {process: poisson, rate_per_day: 20}}\n"
        + "suppliers: [{name: s1, unit_cost: 4, lead_time_days: 7}]\n"
        + "policies: [{name: p, type: reorder_point, supplier: s1, reorder_point: 140, order_quantity: 100}]\n");

    Scenario s = ScenarioLoader.load(file);

    assertEquals(100_000, s.products().size());
    double events = EventEstimate.perReplication(s, s.policies().get(0), Planning.inputs(s));
    assertEquals(100_000 * (20 * 365 + 20 * 365 / 100.0) + 364, events, 1e-3);
  }
}
