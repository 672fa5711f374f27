package backorder.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import backorder.metric.Metric;
import backorder.scenario.Dist;
import backorder.scenario.Product;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hand-computed timelines: one order of one unit per day (at t = 1, 2, ...), constant lead times,
 * so every number can be checked on paper.
 */
class DeterministicTimelineTest {

  /**
   * 5 units at start, reorder point 2, batch 4, lead time 5, horizon 20. Orders go out at t = 3, 7,
   * 11, 15, 19 and arrive at 8, 12, 16 (20 and 24 lie past the horizon). The orders of t = 6, 7,
   * 10, 11, 14, 15, 18, 19 are backordered; the first six ship when stock arrives, after 2 and 1
   * days; two still wait at the end. Costs: 17 units shipped at 10, 12 received at 4, 5 purchase
   * orders at 3, holding 0.5 per unit-day over 18 unit-days on hand, backorder 0.25 per unit-day over
   * 12 unit-days owed.
   */
  @Test
  void reorderPoint_deterministicDemand_matchesHandComputedTimeline() {
    WorldBuilder b = new WorldBuilder();
    b.process = "deterministic";
    b.rate = 1;
    b.horizon = 20;
    b.initialOnHand = 5;
    b.leadTime = Dist.constant(5);
    b.orderCost = 3;
    b.holding = 0.5;
    b.backorderCost = 0.25;
    b.customers = new Product.Customers(1, null, 1, 0, 0, 2, 0, 0, 0, List.of());
    b.reorderPoint("rop", 2, 4, 0);
    ReplicationResult r = Runs.once(b.build(), 0);

    assertEquals(19, Runs.value(r, Metric.ORDERS));
    assertEquals(11.0 / 19, Runs.value(r, Metric.FILL_RATE), 1e-12);
    assertEquals(8, Runs.value(r, Metric.BACKORDERS));
    assertEquals(5, Runs.value(r, Metric.PURCHASE_ORDERS));
    assertEquals(20, Runs.value(r, Metric.UNITS_ORDERED));
    assertEquals(1.5, Runs.value(r, Metric.MEAN_BACKORDER_WAIT_DAYS), 1e-12);
    assertEquals(12.0 / 20, Runs.value(r, Metric.AVG_BACKLOG_UNITS), 1e-12);
    assertEquals(18.0 / 20, Runs.value(r, Metric.AVG_ON_HAND_UNITS), 1e-12);
    assertEquals(2, Runs.value(r, Metric.MAX_BACKLOG_UNITS));
    assertEquals(4, Runs.value(r, Metric.WORST_WEEK_BACKORDERS));
    assertEquals(170, Runs.value(r, Metric.REVENUE), 1e-9);
    assertEquals(60, Runs.value(r, Metric.PREPAID_REVENUE), 1e-9);
    assertEquals(12 * 4, Runs.value(r, Metric.PURCHASE_COST), 1e-9);
    assertEquals(5 * 3, Runs.value(r, Metric.ORDERING_COST), 1e-9);
    assertEquals(18 * 0.5, Runs.value(r, Metric.HOLDING_COST), 1e-9);
    assertEquals(12 * 0.25, Runs.value(r, Metric.BACKORDER_COST), 1e-9);
    assertEquals(170 - 48 - 15 - 9, Runs.value(r, Metric.PROFIT), 1e-9);
    assertEquals(48 + 15 + 9 + 3, Runs.value(r, Metric.TOTAL_COST), 1e-9);
    assertEquals(3, Runs.value(r, Metric.COMPLAINTS));
    assertEquals(0, Runs.value(r, Metric.CANCELLATIONS));
  }

  /**
   * Same world with a 10-day warm-up: only t in [10, 20) counts. Orders 10..19 (10), backorders at
   * 10, 11, 14, 15, 18, 19 (6), purchase orders at 11, 15, 19 (3); backlog integral over [10, 20)
   * is 9, on-hand integral 2.
   */
  @Test
  void warmup_countsOnlyEventsAfterIt() {
    WorldBuilder b = new WorldBuilder();
    b.process = "deterministic";
    b.rate = 1;
    b.horizon = 20;
    b.warmup = 10;
    b.initialOnHand = 5;
    b.leadTime = Dist.constant(5);
    b.reorderPoint("rop", 2, 4, 0);
    ReplicationResult r = Runs.once(b.build(), 0);
    assertEquals(10, Runs.value(r, Metric.ORDERS));
    assertEquals(6, Runs.value(r, Metric.BACKORDERS));
    assertEquals(3, Runs.value(r, Metric.PURCHASE_ORDERS));
    assertEquals(9.0 / 10, Runs.value(r, Metric.AVG_BACKLOG_UNITS), 1e-12);
    assertEquals(2.0 / 10, Runs.value(r, Metric.AVG_ON_HAND_UNITS), 1e-12);
  }

  /**
   * Lost sales: nothing waits. 3 units, reorder point 0, batch 3, lead time 2: orders at t = 3
   * (position 0) arrive at 5; the order at t = 4 is lost, t = 5 is served from the arrival.
   */
  @Test
  void lostSale_refusesWhenEmpty() {
    WorldBuilder b = new WorldBuilder();
    b.process = "deterministic";
    b.rate = 1;
    b.horizon = 10;
    b.initialOnHand = 3;
    b.outOfStock = Product.OutOfStock.LOST_SALE;
    b.leadTime = Dist.constant(2);
    b.reorderPoint("rop", 0, 3, 0);
    ReplicationResult r = Runs.once(b.build(), 0);
    // t=1,2,3 ship (order at 3 -> arrives 5); t=4 lost; t=5,6,7 ship (order at 7 -> 9); t=8 lost; t=9 ships
    assertEquals(9, Runs.value(r, Metric.ORDERS));
    assertEquals(2, Runs.value(r, Metric.LOST_SALES));
    assertEquals(0, Runs.value(r, Metric.BACKORDERS));
    assertEquals(7.0 / 9, Runs.value(r, Metric.FILL_RATE), 1e-12);
  }

  /**
   * Patience 2.5 days with no stock and no ordering: every order is cancelled 2.5 days after it
   * arrives; over horizon 10 the orders of t = 1..7 are cancelled (at 3.5 .. 9.5).
   */
  @Test
  void constantPatience_cancelsOnTime() {
    WorldBuilder b = new WorldBuilder();
    b.process = "deterministic";
    b.rate = 1;
    b.horizon = 10;
    b.customers = new Product.Customers(1, Dist.constant(2.5), 1, 1.0, 0,
        Double.POSITIVE_INFINITY, 50, 0, 0, List.of());
    b.reorderPoint("never", -1e9, 1, 0);
    ReplicationResult r = Runs.once(b.build(), 0);
    assertEquals(9, Runs.value(r, Metric.BACKORDERS));
    assertEquals(7, Runs.value(r, Metric.CANCELLATIONS));
    assertEquals(7, Runs.value(r, Metric.LOST_CUSTOMERS));
    assertEquals(350, Runs.value(r, Metric.LOST_CUSTOMER_VALUE), 1e-9);
    // backlog: each order owed for 2.5 days, except t=8 (2 days) and t=9 (1 day) at the horizon
    assertEquals((7 * 2.5 + 2 + 1) / 10, Runs.value(r, Metric.AVG_BACKLOG_UNITS), 1e-12);
  }

  /** Periodic review every 5 days, order up to 10: reviews at 0, 5, 10, 15 only. */
  @Test
  void periodicReview_ordersUpToLevelAtReviewsOnly() {
    WorldBuilder b = new WorldBuilder();
    b.process = "deterministic";
    b.rate = 1;
    b.horizon = 20;
    b.initialOnHand = 10;
    b.leadTime = Dist.constant(1);
    b.policies.add(new backorder.policy.PolicySpec("periodic", "reorder_point", 5, false, true,
        new backorder.policy.PolicySettings.ReorderPoint("primary", new backorder.policy.ReorderRule(
            9, null, new backorder.policy.OrderQuantity(backorder.policy.OrderQuantity.Kind.UP_TO, 10)))));
    ReplicationResult r = Runs.once(b.build(), 0);
    // t=0: position 10 > 9, no order. t=5: 10 - 4 (orders at 1..4; the order at 5 comes after the
    // review) = 6 -> order 4. t=10: 10 - 5 = 5... each later review orders 5
    assertEquals(3, Runs.value(r, Metric.PURCHASE_ORDERS));
    assertEquals(4 + 5 + 5, Runs.value(r, Metric.UNITS_ORDERED));
    assertEquals(1.0, Runs.value(r, Metric.FILL_RATE), 1e-12);
  }
}
