package backorder.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import backorder.metric.Metric;
import backorder.policy.OrderQuantity;
import backorder.policy.PolicySettings;
import backorder.policy.PolicySpec;
import backorder.policy.ReorderRule;
import backorder.scenario.Disruption;
import backorder.scenario.Dist;
import backorder.scenario.Product;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Telling waiting customers the expected arrival date: patience grows by the notified factor, a
 * customer shown a date beyond their patience does not order, and when a delay is announced the
 * customers it pushes past their patience cancel at once.
 *
 * <p>World: no stock, one order a day at t = 1, 2, ...; at t = 0 the policy orders 10 units with a
 * 5-day lead time (due 5); patience 4 days, 8 when notified. A transit closure over [3, 13) holds the
 * shipment until 13 and is announced at 3.
 */
class NotifiedCustomersTest {

  private static ReplicationResult run(boolean notify) {
    WorldBuilder b = new WorldBuilder();
    b.process = "deterministic";
    b.rate = 1;
    b.horizon = 14;
    b.leadTime = Dist.constant(5);
    b.customers = new Product.Customers(1, Dist.constant(4), 2, 0, 0, Double.POSITIVE_INFINITY, 0, 0, 0,
        List.of());
    b.disruptions.add(new Disruption.TransitDisruption(null, Disruption.Timing.at(3),
        Dist.constant(10), 0, 1.0));
    b.policy(new PolicySpec("rop", "reorder_point", 0, notify, true, new PolicySettings.ReorderPoint(
        "primary", new ReorderRule(0, null, new OrderQuantity(OrderQuantity.Kind.FIXED, 10)))));
    return Runs.once(b.build(), 0);
  }

  /**
   * Not notified: everyone waits 4 days; the orders of t = 1..8 give up (at 5..12), those of
   * t = 9..12 are served when the shipment lands at 13.
   */
  @Test
  void withoutNotification_customersWaitOutTheirPatience() {
    ReplicationResult r = run(false);
    assertEquals(12, Runs.value(r, Metric.BACKORDERS));
    assertEquals(8, Runs.value(r, Metric.CANCELLATIONS));
    assertEquals(0, Runs.value(r, Metric.LOST_SALES));
  }

  /**
   * Notified: at 3 the new date (13) passes the deadlines of t = 1 and 2 (9 and 10): both cancel at
   * once. Customers of t = 3 and 4 see a wait of 10 and 9 days (> 8) and do not order; t = 5..12
   * accept and are served at 13.
   */
  @Test
  void withNotification_delayAnnouncementCancelsAndDateShownDeters() {
    ReplicationResult r = run(true);
    assertEquals(10, Runs.value(r, Metric.BACKORDERS));
    assertEquals(2, Runs.value(r, Metric.CANCELLATIONS));
    assertEquals(2, Runs.value(r, Metric.LOST_SALES));
    assertEquals(8 * 10, Runs.value(r, Metric.PREPAID_REVENUE), 1e-9);
  }
}
