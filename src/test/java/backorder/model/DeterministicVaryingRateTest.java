package backorder.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import backorder.metric.Metric;
import backorder.scenario.ScenarioException;
import backorder.scenario.ScenarioLoader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code process: deterministic} under a varying rate (SPEC §1: one order every 1 / rate days, the
 * rate scaled by the weekly pattern and by disruptions): the k-th order comes where the integrated
 * rate reaches k, so a run holds as many orders as the integral of the rate over it (rounded down),
 * counted by hand below.
 */
class DeterministicVaryingRateTest {

  private static double orders(double horizon, double rate, String weekly, String disruptions)
      throws ScenarioException {
    return orders(horizon, rate, weekly, "    initial_on_hand: 100000\n", disruptions);
  }

  private static double orders(double horizon, double rate, String weekly, String product,
      String disruptions) throws ScenarioException {
    String yaml = "name: deterministic\n"
        + "horizon_days: " + horizon + "\n"
        + "products:\n"
        + "  - sku: A\n"
        + product
        + "    demand: {process: deterministic, rate_per_day: " + rate + weekly + "}\n"
        + "suppliers:\n"
        + "  - {name: s, lead_time_days: 5}\n"
        + disruptions
        + "policies:\n"
        + "  - {name: p, type: reorder_point, supplier: s, reorder_point: -1, order_quantity: 1}\n";
    var scenario = ScenarioLoader.parse(yaml, Path.of("deterministic.yaml"));
    return Runs.value(Runs.once(scenario, 0), Metric.ORDERS);
  }

  private static String spike(String fields) {
    return "disruptions:\n  - {type: demand_spike, " + fields + "}\n";
  }

  @Test
  void weeklyPattern_lowDays_holdTheirShareOfOrders() throws ScenarioException {
    // 9 weeks of 7 orders, then Monday..Saturday of week 10 (6.25) and half a Sunday (0.75):
    // the integral is 69.25 orders; stepping 1 / rate from each order gave 54
    assertEquals(69, orders(69.5, 1, ", weekly_pattern: [0.3, 0.7, 1, 1, 1, 1.5, 1.5]", ""));
  }

  @Test
  void stepSpike_thirdsOfADay_doNotDriftPastItsEnd() throws ScenarioException {
    // 10 + 3 x 10 + 10 = 50 by day 30: orders at 1..10, 10 1/3 .. 20, 21..29 = 49 (the 50th at 30)
    assertEquals(49, orders(30, 1, "", spike("start_day: 10, duration_days: 10, multiplier: 3")));
  }

  @Test
  void decayingSpike_addsItsIntegral() throws ScenarioException {
    // 30 + 2 x (2 / ln 2) x (1 - 2^-5) = 35.59 orders by day 30
    assertEquals(35, orders(30, 1, "",
        spike("start_day: 10, duration_days: 10, multiplier: 3, half_life_days: 2")));
  }

  @Test
  void spikeStartingBetweenTwoOrders_actsFromItsStart() throws ScenarioException {
    // rate 0.1: half an order by day 5, then 10 a day for one day: orders at 5.05, 5.15, ..., 5.95,
    // the next at day 11; stepping 1 / rate from day 0 put the first order at day 10
    assertEquals(10, orders(10.5, 0.1, "", spike("start_day: 5, duration_days: 1, multiplier: 100")));
  }

  @Test
  void customerBase_eachDefectionLowersTheRateFromThenOn() throws ScenarioException {
    // no stock, every customer refused and lost: the rate falls by 1/4 at each order, so the gaps
    // are 1, 4/3, 2, 4 (orders at 1, 2.33, 4.33, 8.33) and none after the fourth; the rate known
    // before each order's own defection gave a fifth order at 9.33
    String product = "    when_out_of_stock: lost_sale\n"
        + "    customers: {lost_after_stockout_probability: 1, base: 4}\n";
    assertEquals(4, orders(10, 1, "", product, ""));
  }

  @Test
  void backorderBoost_actsFromTheFirstBackorder() throws ScenarioException {
    // no stock: the order at day 1 is backordered, so the rate doubles at once: orders at
    // 1, 1.5, 2, ..., 4.5 (8); the rate known before that order gave 7
    assertEquals(8, orders(5, 1, "", "    customers: {backorder_boost: 1}\n", ""));
  }
}
