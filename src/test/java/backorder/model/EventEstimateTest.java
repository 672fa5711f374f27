package backorder.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backorder.experiment.Experiment;
import backorder.policy.PlanningInputs;
import backorder.policy.PolicySpec;
import backorder.scenario.Scenario;
import backorder.scenario.ScenarioException;
import backorder.scenario.ScenarioLoader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link EventEstimate} by hand on small worlds, and calibrated against the engine's own count
 * (the mean over two replications of every policy): on every shipped scenario and both benchmark
 * workloads the count lies between 0.98 and 1.5 times the estimate (measured at this commit:
 * 0.987 on dropshipping-portfolio's dual-sourcing to 1.49 on hot-seller's no-plan, whose
 * cancellations the estimate leaves out; W1 1.001, W2 1.013). The test allows 0.9 to 1.6.
 */
class EventEstimateTest {

  static final double LOWEST_RATIO = 0.9;
  static final double HIGHEST_RATIO = 1.6;

  private static Scenario world(String demand, String disruptions, String policy) throws ScenarioException {
    String yaml = "name: estimate\n"
        + "horizon_days: 100\n"
        + "products:\n"
        + "  - sku: A\n"
        + "    demand: " + demand + "\n"
        + "suppliers:\n"
        + "  - {name: s1, lead_time_days: 5}\n"
        + "  - {name: s2, lead_time_days: 2}\n"
        + disruptions
        + "policies:\n"
        + "  - " + policy + "\n";
    return ScenarioLoader.parse(yaml, Path.of("estimate.yaml"));
  }

  private static double estimate(Scenario s) {
    return EventEstimate.perReplication(s, s.policies().get(0), Planning.inputs(s));
  }

  private static final String LOT_50 = "{name: p, type: reorder_point, supplier: s1, reorder_point: 10,"
      + " order_quantity: 50}";

  @Test
  void poissonWithStepSpike_isOrdersPlusPurchaseOrdersPlusDayEnds() throws ScenarioException {
    Scenario s = world("{process: poisson, rate_per_day: 10, order_size: 2}",
        "disruptions:\n  - {type: demand_spike, start_day: 95, duration_days: 10, multiplier: 3}\n", LOT_50);
    // orders 10 x (100 + 2 x 5 days left in the run) = 1100; 2,200 units / 50 = 44 lots; 99 day ends
    assertEquals(1100 + 44 + 99, estimate(s), 1e-9);
  }

  @Test
  void decayingSpike_addsItsIntegral() throws ScenarioException {
    Scenario s = world("{process: poisson, rate_per_day: 10}",
        "disruptions:\n  - {type: demand_spike, start_day: 0, duration_days: 8, multiplier: 5,"
            + " half_life_days: 4}\n", LOT_50);
    double extra = 4 * 4 / Math.log(2) * (1 - 0.25); // (m - 1) x h / ln 2 x (1 - 2^(-8/4))
    double orders = 10 * (100 + extra);
    assertEquals(orders + orders / 50 + 99, estimate(s), 1e-9);
  }

  /**
   * Overlapping spikes multiply the rate: three of x1000 on the same days were estimated as
   * seconds of work, and ran for hours.
   */
  @Test
  void overlappingSpikes_multiplyWhereTheyOverlap() throws ScenarioException {
    Scenario s = world("{process: poisson, rate_per_day: 10}", "disruptions:\n"
        + "  - {type: demand_spike, start_day: 10, duration_days: 10, multiplier: 10}\n"
        + "  - {type: demand_spike, start_day: 15, duration_days: 10, multiplier: 10}\n", LOT_50);
    // days 10-15 and 20-25 at x10 (9 extra days each), days 15-20 at x100 (99 extra each)
    double orders = 10 * (100 + 9 * 5 + 99 * 5 + 9 * 5);
    assertEquals(orders + orders / 50 + 99, estimate(s), 1e-9);
  }

  /** A recurring spike and another spike may act at once: each counts by its share of the time, multiplied. */
  @Test
  void recurringSpikesTogether_multiplyByTheirShareOfTheTime() throws ScenarioException {
    Scenario s = world("{process: poisson, rate_per_day: 10}", "disruptions:\n"
        + "  - {type: demand_spike, recurrence: {mean_days_between: 15}, duration_days: 5, multiplier: 2}\n"
        + "  - {type: demand_spike, recurrence: {mean_days_between: 5}, duration_days: 5, multiplier: 3}\n",
        LOT_50);
    // in force a quarter and half of the time: x(1 + 1 x 0.25) x (1 + 2 x 0.5) = x2.5 (the sum gave x2.25)
    double orders = 10 * 100 * 2.5;
    assertEquals(orders + orders / 50 + 99, estimate(s), 1e-9);
  }

  @Test
  void recurringSpike_countsItsExpectedOccurrences() throws ScenarioException {
    Scenario s = world("{process: poisson, rate_per_day: 10}",
        "disruptions:\n  - {type: demand_spike, recurrence: {mean_days_between: 15}, duration_days: 5,"
            + " multiplier: 2}\n", LOT_50);
    double orders = 10 * (100 + 100 / 20.0 * 5); // 5 occurrences of 5 extra days each
    assertEquals(orders + orders / 50 + 99, estimate(s), 1e-9);
  }

  @Test
  void weeklyPatternAndBoost_scaleTheRate() throws ScenarioException {
    String demand = "{process: poisson, rate_per_day: 7, weekly_pattern: [0, 0, 0, 0, 0, 0, 14]}";
    Scenario s = world(demand + "\n    customers: {backorder_boost: 0.5}", "", LOT_50);
    // 7 x mean pattern 2 x (1 + 0.5) = 21 candidates a day: 2,100 orders, 42 lots of 50
    assertEquals(2100 + 42 + 99, estimate(s), 1e-9);
  }

  @Test
  void periodicReview_capsPurchaseOrdersAtOnePerReview() throws ScenarioException {
    Scenario s = world("{process: poisson, rate_per_day: 10}", "", "{name: p, type: reorder_point,"
        + " supplier: s1, review_period_days: 10, reorder_point: 10, order_quantity: 1}");
    // 1,000 orders; 1,000 one-unit lots capped at 10 reviews; 10 review events; 99 day ends
    assertEquals(1000 + 10 + 10 + 99, estimate(s), 1e-9);
  }

  @Test
  void splitPolicy_placesOneOrderPerSupplierOfTheSplit() throws ScenarioException {
    Scenario s = world("{process: poisson, rate_per_day: 10}", "", "{name: p, type: multi_supplier,"
        + " primary: s1, backups: [s2], mode: split, split: {s1: 0.5, s2: 0.5}, reorder_point: 10,"
        + " order_quantity: 50}");
    assertEquals(1000 + 2 * 20 + 99, estimate(s), 1e-9);
  }

  @Test
  void purchasingPlan_ordersItsCoverDaysAtATime() throws ScenarioException {
    Scenario s = world("{process: poisson, rate_per_day: 10}", "", "{name: p, type: purchasing_plan,"
        + " supplier: s1, review_period_days: 1, forecast: {method: moving_average, window_days: 7},"
        + " order_cover_days: 25}");
    // 1,000 orders; lots of 250 units: 4 purchase orders; 100 reviews; 99 day ends
    assertEquals(1000 + 4 + 100 + 99, estimate(s), 1e-9);
  }

  @ParameterizedTest
  @ValueSource(strings = {"scenarios/reference.yaml", "scenarios/influencer-spike.yaml",
      "scenarios/hot-seller.yaml", "scenarios/hunger-marketing.yaml", "scenarios/supplier-delay.yaml",
      "scenarios/weather-disruption.yaml", "scenarios/similar-products.yaml",
      "scenarios/dropshipping-portfolio.yaml", "benchmarks/scenarios/w1-base-stock.yaml",
      "benchmarks/scenarios/w2-portfolio.yaml"})
  void shippedScenario_engineCount_isWithinTheCalibratedRatioOfTheEstimate(String file)
      throws ScenarioException {
    Scenario s = ScenarioLoader.load(Path.of(file));
    PlanningInputs inputs = Planning.inputs(s);
    for (PolicySpec spec : s.policies()) {
      double estimate = EventEstimate.perReplication(s, spec, inputs);
      long fired = 0;
      for (int r = 0; r < 2; r++) {
        fired += Experiment.replicate(s, spec, inputs, r).events();
      }
      double mean = fired / 2.0;
      double ratio = mean / estimate;
      assertTrue(ratio >= LOWEST_RATIO && ratio <= HIGHEST_RATIO,
          () -> file + " " + spec.name() + ": fired " + mean + ", estimated " + estimate);
    }
  }
}
