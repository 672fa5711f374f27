package backorder.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import backorder.metric.Metric;
import backorder.random.RandomStreams;
import backorder.scenario.Product;
import backorder.scenario.Scenario;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The recorder's counting window: what it counts of the events the world reports, by hand. */
class MetricRecorderTest {

  /** Warm-up 10, horizon 20, price 10, unit cost 4, order cost 7, complaint after 3 days. */
  private static Scenario scenario(int products) {
    WorldBuilder b = new WorldBuilder();
    b.horizon = 20;
    b.warmup = 10;
    b.price = 10;
    b.unitCost = 4;
    b.orderCost = 7;
    b.productCount = products;
    b.customers = new Product.Customers(1.0, null, 1.0, 0, 0, 3, 0, 0, 0, List.of());
    b.baseStock(1);
    return b.build();
  }

  private static MetricRecorder recorder(Scenario s) {
    return new MetricRecorder(s, new DisruptionSchedule(s, new RandomStreams(s.seed(), 0)));
  }

  @Test
  void eventsJustBeforeWarmup_areNotCounted_eventsAtWarmup_are() {
    MetricRecorder r = recorder(scenario(1));
    for (double t : new double[] {Math.nextDown(10.0), 10}) {
      r.orderArrived(0, t, 3);
      r.levelsChanging(0, t, 5, 0);
      r.shippedAtArrival(0, t, 3);
      r.lostSale(0, t);
      r.defected(0, t);
      r.purchaseOrderPlaced(0, 0, t, 6);
      r.received(0, 0, t, 6, true);
    }
    r.levelsChanging(0, 20, 8, 0);
    ReplicationResult result = r.result(0, 0);
    assertEquals(1, Runs.value(result, Metric.ORDERS));
    assertEquals(3, Runs.value(result, Metric.UNITS_DEMANDED));
    assertEquals(1, Runs.value(result, Metric.FILL_RATE));
    assertEquals(30, Runs.value(result, Metric.REVENUE));
    assertEquals(1, Runs.value(result, Metric.LOST_SALES));
    assertEquals(1, Runs.value(result, Metric.LOST_CUSTOMERS));
    assertEquals(1, Runs.value(result, Metric.PURCHASE_ORDERS));
    assertEquals(6, Runs.value(result, Metric.UNITS_ORDERED));
    assertEquals(7, Runs.value(result, Metric.ORDERING_COST));
    assertEquals(24, Runs.value(result, Metric.PURCHASE_COST));
    assertEquals(1, Runs.value(result, Metric.PURCHASE_ORDERS_CROSSED));
    assertEquals(8, Runs.value(result, Metric.AVG_ON_HAND_UNITS), 1e-12); // 8 units over [10, 20)
    // the audit counts the whole run, warm-up included
    Audit audit = r.audit(0, 0, 0, 0, 0);
    assertEquals(2, audit.ordersArrived());
    assertEquals(2, audit.shippedAtArrival());
    assertEquals(6, audit.unitsShipped());
    assertEquals(2, audit.lost());
    assertEquals(12, audit.unitsReceived());
    assertEquals(12, audit.unitsOrderedFromSuppliers());
  }

  /**
   * A complaint counts at arrival + 3 days, when the order was still waiting then and that moment
   * lies in [10, 20): not when the order leaves, and not for an order that left before it.
   */
  @Test
  void complaint_countsAtItsMoment_insideTheWindow() {
    MetricRecorder r = recorder(scenario(1));
    r.backordered(0, 5, 1, 1); // complaint due at 8: before warm-up although it leaves at 12
    r.backordered(0, 8, 1, 2); // due at 11: counts
    r.backordered(0, 10, 1, 3); // due at 13, cancelled at 12.5: no complaint
    r.backordered(0, 16, 1, 4); // due at 19, still waiting at 20: counts
    r.backordered(0, 18, 1, 5); // due at 21, past the horizon: no complaint
    r.shippedFromQueue(0, 12, 5, 1);
    r.shippedFromQueue(0, 12, 8, 1);
    r.cancelled(0, 12.5, 10, 1);
    r.waitingAtHorizon(0, 16);
    r.waitingAtHorizon(0, 18);
    ReplicationResult result = r.result(0, 0);
    assertEquals(2, Runs.value(result, Metric.COMPLAINTS));
    assertEquals(3, Runs.value(result, Metric.BACKORDERS));
    assertEquals(1, Runs.value(result, Metric.CANCELLATIONS));
    assertEquals(5.5, Runs.value(result, Metric.MEAN_BACKORDER_WAIT_DAYS), 1e-12); // waits 7 and 4
    assertEquals(20, Runs.value(result, Metric.PREPAID_REVENUE));
    assertEquals(1, result.waitHistogram()[7]);
    assertEquals(1, result.waitHistogram()[4]);
    assertEquals(5, Runs.value(result, Metric.MAX_BACKLOG_UNITS));
  }

  @Test
  void total_isTheSumOfTheProducts() {
    MetricRecorder r = recorder(scenario(2));
    for (int p = 0; p < 2; p++) {
      r.orderArrived(p, 11, p + 1);
      r.shippedAtArrival(p, 11, p + 1);
      r.orderArrived(p, 12, 2);
      r.backordered(p, 12, 2, 2);
      r.purchaseOrderPlaced(p, 0, 12, 4 + p);
      r.received(p, 0, 14, 4 + p, p == 1);
      r.shippedFromQueue(p, 14, 12, 2);
      r.defected(p, 15);
    }
    ReplicationResult result = r.result(0, 0);
    for (Metric m : new Metric[] {Metric.ORDERS, Metric.UNITS_DEMANDED, Metric.BACKORDERS,
        Metric.BACKORDERED_UNITS, Metric.LOST_CUSTOMERS, Metric.PURCHASE_ORDERS,
        Metric.UNITS_ORDERED, Metric.PURCHASE_ORDERS_CROSSED, Metric.REVENUE, Metric.PURCHASE_COST,
        Metric.ORDERING_COST, Metric.PREPAID_REVENUE}) {
      double sum = result.perProduct()[0][m.ordinal()] + result.perProduct()[1][m.ordinal()];
      assertEquals(sum, result.totals()[m.ordinal()], m.key());
    }
    assertEquals(2 * 7, Runs.value(result, Metric.ORDERING_COST));
    assertEquals(10 * (1 + 2 + 2 + 2), Runs.value(result, Metric.REVENUE));
  }

  /**
   * An order of product 0 moved to product 1 (SPEC §9) is an order and a sale of product 1, a
   * substitution of product 0 with the revenue it brought, and one customer order in the total.
   */
  @Test
  void substitution_countsOnBothProducts_andOnceInTheTotal() {
    MetricRecorder r = recorder(scenario(2));
    r.orderArrived(0, 9, 2);
    r.substituted(0, 1, 9, 2); // in the warm-up: audited, not counted
    r.orderArrived(0, 12, 2);
    r.substituted(0, 1, 12, 2);
    r.orderArrived(1, 13, 1);
    r.shippedAtArrival(1, 13, 1);
    ReplicationResult result = r.result(0, 0);
    double[] asked = result.perProduct()[0];
    double[] taken = result.perProduct()[1];

    assertEquals(1, asked[Metric.ORDERS.ordinal()]);
    assertEquals(0, asked[Metric.FILL_RATE.ordinal()]);
    assertEquals(1, asked[Metric.SUBSTITUTIONS.ordinal()]);
    assertEquals(20, asked[Metric.SUBSTITUTION_REVENUE.ordinal()]);
    assertEquals(0, asked[Metric.REVENUE.ordinal()]);
    assertEquals(2, taken[Metric.ORDERS.ordinal()]);
    assertEquals(3, taken[Metric.UNITS_DEMANDED.ordinal()]);
    assertEquals(1, taken[Metric.FILL_RATE.ordinal()]);
    assertEquals(30, taken[Metric.REVENUE.ordinal()]);
    assertEquals(0, taken[Metric.SUBSTITUTIONS.ordinal()]);
    assertEquals(2, Runs.value(result, Metric.ORDERS));
    assertEquals(3, Runs.value(result, Metric.UNITS_DEMANDED));
    assertEquals(0.5, Runs.value(result, Metric.FILL_RATE));
    assertEquals(1, Runs.value(result, Metric.SUBSTITUTIONS));
    assertEquals(30, Runs.value(result, Metric.REVENUE), "the substitute's revenue, once");
    assertEquals(20, Runs.value(result, Metric.SUBSTITUTION_REVENUE));
    Audit audit = r.audit(0, 0, 0, 0, 0);
    assertEquals(2, audit.substituted());
    assertEquals(5, audit.unitsShipped());
    assertEquals(-1, audit.unbalancedProduct());
  }

  @Test
  void audit_namesAProductWhoseOrderGotNoOutcome() {
    MetricRecorder r = recorder(scenario(2));
    r.orderArrived(1, 12, 1);
    Audit audit = r.audit(0, 0, 0, 0, 1);
    assertEquals(1, audit.unbalancedProduct());
    org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, audit::verify);
  }
}
