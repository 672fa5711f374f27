package backorder.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backorder.metric.Metric;
import backorder.policy.Forecast;
import backorder.policy.OrderQuantity;
import backorder.policy.PolicySettings;
import backorder.policy.PolicySpec;
import backorder.policy.ReorderRule;
import backorder.scenario.Disruption;
import backorder.scenario.Dist;
import backorder.scenario.Supplier;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Hand-computed decisions of the multi-supplier modes and the purchasing plan. */
class PolicyTimelineTest {

  private static final ReorderRule ROP2_Q10 =
      new ReorderRule(2, null, new OrderQuantity(OrderQuantity.Kind.FIXED, 10));

  private static WorldBuilder dualSourced(double horizon, double primaryLead) {
    WorldBuilder b = new WorldBuilder();
    b.process = "deterministic";
    b.rate = 1;
    b.horizon = horizon;
    b.initialOnHand = 5;
    b.leadTime = Dist.constant(primaryLead);
    b.unitCost = 4;
    b.extraSuppliers.add(new Supplier("backup", null, 6, 0, Dist.constant(1), null, null,
        Double.POSITIVE_INFINITY, 0));
    return b;
  }

  private static PolicySpec multi(PolicySettings.MultiSupplier.Mode mode, double threshold) {
    return new PolicySpec("multi", "multi_supplier", 0, false, true,
        new PolicySettings.MultiSupplier("primary", List.of("backup"), mode,
            Map.of("primary", 0.7, "backup", 0.3), threshold, ROP2_Q10));
  }

  /** Split 70/30: the one order of t = 3 becomes 7 units from the primary and 3 from the backup. */
  @Test
  void split_sharesEachOrder() {
    WorldBuilder b = dualSourced(4, 5);
    b.policy(multi(PolicySettings.MultiSupplier.Mode.SPLIT, 0));
    ReplicationResult r = Runs.once(b.build(), 0);
    assertEquals(2, Runs.value(r, Metric.PURCHASE_ORDERS));
    assertEquals(10, Runs.value(r, Metric.UNITS_ORDERED));
  }

  /**
   * The primary announces a 10-day delay over the whole run. Failover after 5 days of delay sends the
   * t = 3 order to the backup (arrives at 4: no backorder); with a 20-day threshold it goes to the
   * primary (arrives at 18) and t = 6..11 are backordered.
   */
  @Test
  void failover_routesToBackupWhileThePrimaryIsLate() {
    Disruption delay = new Disruption.SupplierDelay("primary", Disruption.Timing.at(0), Dist.constant(100), 10, 1.0);
    assertEquals(0, backordersUnderFailover(delay, 5));
    assertEquals(6, backordersUnderFailover(delay, 20));
  }

  /**
   * An outage of the primary (capacity factor 0, no extra days) over the whole run is a delay too: an
   * order placed in it waits 100 days for production. Failover after 5 days of delay sends the t = 3
   * order to the backup (no backorder); with a 200-day threshold it waits for the primary and
   * t = 6..11 are backordered.
   */
  @Test
  void failover_routesToBackupWhileThePrimaryIsStoppedByAnOutage() {
    Disruption outage = new Disruption.SupplierDelay("primary", Disruption.Timing.at(0), Dist.constant(100), 0, 0.0);
    assertEquals(0, backordersUnderFailover(outage, 5));
    assertEquals(6, backordersUnderFailover(outage, 200));
  }

  /** Backorders of the dual-sourced world (primary lead 5, backup 1, 12 days) in failover mode under {@code d}. */
  private static double backordersUnderFailover(Disruption d, double threshold) {
    WorldBuilder b = dualSourced(12, 5);
    b.disruptions.add(d);
    b.policy(multi(PolicySettings.MultiSupplier.Mode.FAILOVER, threshold));
    return Runs.value(Runs.once(b.build(), 0), Metric.BACKORDERS);
  }

  /**
   * Primary lead time 10, backup 1. At t = 3 the position hits 2: 10 units from the primary (due 13).
   * Stock (2) sells out at 5, before 13, so the gap 1 × (13 − 3) − 2 = 8 units come from the backup
   * (at 4). No backorder until 13; plain reorder point backorders t = 6..12.
   */
  @Test
  void expedite_ordersTheGapFromTheFastestBackup() {
    WorldBuilder b = dualSourced(14, 10);
    b.policy(multi(PolicySettings.MultiSupplier.Mode.EXPEDITE, 0));
    ReplicationResult r = Runs.once(b.build(), 0);
    assertEquals(0, Runs.value(r, Metric.BACKORDERS));
    assertEquals(2, Runs.value(r, Metric.PURCHASE_ORDERS));
    assertEquals(18, Runs.value(r, Metric.UNITS_ORDERED));

    WorldBuilder single = dualSourced(14, 10);
    single.policy(new PolicySpec("rop", "reorder_point", 0, false, true,
        new PolicySettings.ReorderPoint("primary", ROP2_Q10)));
    assertEquals(7, Runs.value(Runs.once(single.build(), 0), Metric.BACKORDERS));
  }

  /**
   * The textbook plan: selling 20 a day, 300 on hand, 5 days of production + 7 of shipping. The
   * projected sell-out (day 15) falls within 12 + 1 (review) days of day 2, so the order goes out
   * on day 2 (by day 3 at the latest), arrives on day 14, and stock never runs out.
   */
  @Test
  void purchasingPlan_sells20aDay_ordersByDay3AndNeverRunsOut() {
    WorldBuilder b = new WorldBuilder();
    b.process = "deterministic";
    b.rate = 20;
    b.horizon = 40;
    b.initialOnHand = 300;
    b.production = Dist.constant(5);
    b.transit = Dist.constant(7);
    b.policy(new PolicySpec("plan", "purchasing_plan", 1, false, true,
        new PolicySettings.PurchasingPlan("primary",
            new Forecast(Forecast.Method.MOVING_AVERAGE, 7, 0, 0), 0, 30)));
    ReplicationResult r = Runs.once(b.build(), 0);
    float[] onOrder = r.daily()[DailySeries.ON_ORDER.ordinal()];
    int firstOrderDay = 0;
    while (onOrder[firstOrderDay] == 0) {
      firstOrderDay++;
    }
    assertTrue(firstOrderDay <= 3, "first order on day " + firstOrderDay);
    assertEquals(0, Runs.value(r, Metric.BACKORDERS));
    assertEquals(1.0, Runs.value(r, Metric.FILL_RATE));
  }
}
