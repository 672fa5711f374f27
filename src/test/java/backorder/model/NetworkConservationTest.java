package backorder.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import backorder.metric.Metric;
import backorder.scenario.Scenario;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Random small networks (1 to 3 stores, random shares, transit, demand, customers, policy types and
 * disruptions on both legs) balance at every location: units that came in (starting stock and
 * receipts) equal units that left plus those still on hand, every customer order at a store ends
 * exactly once (shipped at arrival, substituted, shipped from the queue, cancelled, lost or still
 * waiting), every store order at the warehouse is shipped or still waiting, and what the warehouse
 * shipped reached a store or is on its way.
 */
class NetworkConservationTest {

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
  void randomNetwork_conservesUnitsAndEndsEveryOrderOnce(long seed) {
    Scenario s = NetworkScenarios.parse(randomNetwork(new SplittableRandom(seed), seed));
    int stores = s.network().locations().size() - 1;
    for (int policy = 0; policy < s.policies().size(); policy++) {
      NetworkWorld world = new NetworkWorld(s, s.policies().get(policy), (int) seed);
      ReplicationResult r = world.run();
      List<Audit> audits = world.lastAudits();
      Audit warehouse = audits.get(0);
      Audit system = audits.get(stores + 1);
      long storeReceived = 0;
      long storeOnHand = warehouse.unitsOnHand();
      long storeOrders = 0;
      for (int l = 0; l <= stores; l++) {
        Audit a = audits.get(l);
        assertEquals(a.initialUnits() + a.unitsReceived(), a.unitsShipped() + a.unitsOnHand(),
            "units at location " + l);
        assertEquals(a.ordersArrived(), a.shippedAtArrival() + a.substituted() + a.shippedFromQueue()
            + a.cancelled() + a.lost() + a.stillWaiting(), "orders at location " + l);
        if (l > 0) {
          storeReceived += a.unitsReceived();
          storeOnHand += a.unitsOnHand();
          storeOrders += a.ordersArrived();
        }
      }
      assertEquals(0, warehouse.cancelled() + warehouse.lost() + warehouse.substituted(),
          "store orders are never cancelled or lost at the warehouse");
      long inTransit = system.unitsOnHand() - storeOnHand;
      assertEquals(warehouse.unitsShipped(), storeReceived + inTransit, "shipped = received + on the way");
      assertEquals(system.ordersArrived(), storeOrders, "the policy's customers are the stores'");
      double storesOrders = 0;
      for (int l = 1; l <= stores; l++) {
        storesOrders += r.locations().get(l).totals()[Metric.ORDERS.ordinal()];
      }
      assertEquals(r.totals()[Metric.ORDERS.ordinal()], storesOrders, 1e-9, "counted orders");
    }
  }

  private static String randomNetwork(SplittableRandom rnd, long seed) {
    int stores = 1 + rnd.nextInt(3);
    double[] shares = new double[stores];
    double left = 1;
    for (int i = 0; i < stores - 1; i++) {
      shares[i] = Math.round(left * (0.2 + 0.5 * rnd.nextDouble()) * 1000) / 1000.0;
      left -= shares[i];
    }
    shares[stores - 1] = left;
    StringBuilder y = new StringBuilder();
    y.append("name: random-network\nhorizon_days: ").append(60 + rnd.nextInt(150))
        .append("\nwarmup_days: ").append(rnd.nextInt(20)).append("\nseed: ").append(seed).append('\n');
    y.append("products:\n");
    int products = 1 + rnd.nextInt(2);
    String[] rules = {"backorder", "backorder_if_inbound", "lost_sale"};
    for (int p = 0; p < products; p++) {
      y.append("  - sku: P").append(p).append("\n    price: 10\n    holding_cost_per_unit_day: 0.1\n")
          .append("    initial_on_hand: ").append(rnd.nextInt(40)).append('\n')
          .append("    when_out_of_stock: ").append(rules[rnd.nextInt(3)]).append('\n')
          .append("    demand: {process: ").append(rnd.nextInt(4) == 0 ? "deterministic" : "poisson")
          .append(", rate_per_day: ").append(num(0.5 + 6 * rnd.nextDouble()))
          .append(rnd.nextBoolean() ? "" : ", order_size: {dist: geometric, mean: 2}").append("}\n")
          .append("    customers: {accept_backorder_probability: ").append(num(rnd.nextDouble()))
          .append(", lost_after_cancel_probability: 0.3, lost_after_stockout_probability: 0.2")
          .append(rnd.nextBoolean() ? "" : ", patience_days: {dist: exponential, mean: 5}")
          .append(products > 1 && p == 0 ? ", substitutes: [{sku: P1, accept_probability: 0.5}]" : "")
          .append("}\n");
    }
    y.append("suppliers:\n  - name: main\n    lead_time_days: {dist: uniform, min: 2, max: 8}\n")
        .append(rnd.nextBoolean() ? "    capacity_units_per_day: 8\n" : "")
        .append("  - name: fast\n    lead_time_days: 1\n    unit_cost: 3\n");
    y.append("locations:\n  - name: dc\n");
    for (int i = 0; i < stores; i++) {
      y.append("  - name: s").append(i).append("\n    replenished_from: dc\n    transit_days: ")
          .append(rnd.nextBoolean() ? "1" : "{dist: exponential, mean: 2}")
          .append("\n    demand_share: ").append(num(shares[i])).append('\n');
    }
    y.append("disruptions:\n  - type: transit_disruption\n    locations: [s0]\n")
        .append("    recurrence: {mean_days_between: 30}\n    duration_days: 4\n    extra_days: 1\n")
        .append("  - type: supplier_delay\n    supplier: main\n    start_day: 20\n")
        .append("    duration_days: 15\n    extra_days: 5\n    capacity_factor: 0.5\n");
    y.append("policies:\n")
        .append("  - name: rop\n    type: reorder_point\n    supplier: main\n    reorder_point: ")
        .append(rnd.nextInt(30)).append("\n    order_quantity: ").append(1 + rnd.nextInt(10))
        .append("\n    at: {s0: {reorder_point: ").append(rnd.nextInt(6))
        .append(", review_period_days: ").append(rnd.nextBoolean() ? 0 : 1).append("}}\n")
        .append("  - name: expedite\n    type: multi_supplier\n    primary: main\n    backups: [fast]\n")
        .append("    mode: expedite\n    safety_stock: {service_level: 0.9}\n")
        .append("    order_quantity: {days_of_cover: 7}\n    notify_customers: true\n")
        .append("  - name: plan\n    type: purchasing_plan\n    supplier: main\n")
        .append("    forecast: {method: exponential_smoothing, alpha: 0.3}\n    review_period_days: 1\n")
        .append("    order_cover_days: 10\n");
    return y.toString();
  }

  private static String num(double v) {
    return String.format(Locale.ROOT, "%.6f", v);
  }
}
