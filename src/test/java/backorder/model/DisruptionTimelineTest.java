package backorder.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import backorder.metric.Metric;
import backorder.scenario.Disruption;
import backorder.scenario.Dist;
import org.junit.jupiter.api.Test;

/**
 * Hand-computed timelines for each disruption type. The base world: one order of one unit per day
 * (t = 1, 2, ...), 5 units at start, reorder point 2, batch 4, lead time 5: the first purchase
 * order goes out at t = 3 and, undisturbed, arrives at 8.
 */
class DisruptionTimelineTest {

  private static WorldBuilder base(double horizon) {
    WorldBuilder b = new WorldBuilder();
    b.process = "deterministic";
    b.rate = 1;
    b.horizon = horizon;
    b.initialOnHand = 5;
    b.leadTime = Dist.constant(5);
    b.reorderPoint("rop", 2, 4, 0);
    return b;
  }

  /**
   * A supplier delay over [0, 4) adds 3 days to the order of t = 3: it arrives at 11. Orders of
   * t = 6..11 are backordered; at 11 the four oldest ship after 5, 4, 3 and 2 days.
   */
  @Test
  void supplierDelay_addsExtraDaysToOrdersPlacedWhileActive() {
    WorldBuilder b = base(12);
    b.disruptions.add(new Disruption.SupplierDelay("primary", Disruption.Timing.at(0),
        Dist.constant(4), 3, 1.0));
    ReplicationResult r = Runs.once(b.build(), 0);
    assertEquals(6, Runs.value(r, Metric.BACKORDERS));
    assertEquals(3.5, Runs.value(r, Metric.MEAN_BACKORDER_WAIT_DAYS), 1e-12);
    assertEquals(3, Runs.value(r, Metric.PURCHASE_ORDERS));
  }

  /**
   * Capacity 0.5 unit/day: the 4 units ordered at t = 3 are produced by 11 (later than the 5-day
   * lead time), so the timeline matches the supplier delay above.
   */
  @Test
  void finiteCapacity_ordersWaitTheirTurn() {
    WorldBuilder b = base(12);
    b.capacity = 0.5;
    ReplicationResult r = Runs.once(b.build(), 0);
    assertEquals(6, Runs.value(r, Metric.BACKORDERS));
    assertEquals(3.5, Runs.value(r, Metric.MEAN_BACKORDER_WAIT_DAYS), 1e-12);
  }

  /**
   * An outage (capacity factor 0) over [2, 9): production of the t = 3 order resumes at 9, so it
   * arrives at 9 instead of 8. Backorders at 6, 7, 8 ship at 9 after 3, 2, 1 days.
   */
  @Test
  void capacityOutage_holdsProductionUntilItEnds() {
    WorldBuilder b = base(10);
    b.disruptions.add(new Disruption.SupplierDelay("primary", Disruption.Timing.at(2),
        Dist.constant(7), 0, 0.0));
    ReplicationResult r = Runs.once(b.build(), 0);
    assertEquals(3, Runs.value(r, Metric.BACKORDERS));
    assertEquals(2.0, Runs.value(r, Metric.MEAN_BACKORDER_WAIT_DAYS), 1e-12);
    assertEquals(2, Runs.value(r, Metric.PURCHASE_ORDERS));
  }

  /**
   * A transit closure over [7.5, 8.5) with 2 extra days: the shipment due at 8 arrives at 10.5.
   * Backorders at 6..11; at 10.5 the four oldest ship after 4.5, 3.5, 2.5, 1.5 days.
   */
  @Test
  void transitClosure_holdsShipmentsDueWhileActive() {
    WorldBuilder b = base(12);
    b.disruptions.add(new Disruption.TransitDisruption(null, Disruption.Timing.at(7.5),
        Dist.constant(1), 2, 1.0));
    ReplicationResult r = Runs.once(b.build(), 0);
    assertEquals(6, Runs.value(r, Metric.BACKORDERS));
    assertEquals(3.0, Runs.value(r, Metric.MEAN_BACKORDER_WAIT_DAYS), 1e-12);
    assertEquals(3, Runs.value(r, Metric.PURCHASE_ORDERS));
  }

  /** A closure with probability 0 affects nothing: the undisturbed timeline (backorders 6, 7 ship at 8). */
  @Test
  void transitClosure_probabilityZero_affectsNoShipment() {
    WorldBuilder b = base(9);
    b.disruptions.add(new Disruption.TransitDisruption(null, Disruption.Timing.at(7.5),
        Dist.constant(1), 2, 0.0));
    ReplicationResult r = Runs.once(b.build(), 0);
    assertEquals(2, Runs.value(r, Metric.BACKORDERS));
    assertEquals(1.5, Runs.value(r, Metric.MEAN_BACKORDER_WAIT_DAYS), 1e-12);
  }

  /**
   * A step spike x2 over [10, 20) halves the gap between deterministic orders: 9 orders before day
   * 10 (t = 1..9), then one every half day from 10 to 19.5 (20), then t = 20..29 (10) in horizon 30.
   */
  @Test
  void demandSpike_step_multipliesTheRate() {
    WorldBuilder b = new WorldBuilder();
    b.process = "deterministic";
    b.rate = 1;
    b.horizon = 30;
    b.initialOnHand = 1000;
    b.reorderPoint("rop", 0, 1, 0);
    b.disruptions.add(new Disruption.DemandSpike(null, Disruption.Timing.at(10), Dist.constant(10),
        2, Double.NaN));
    ReplicationResult r = Runs.once(b.build(), 0);
    assertEquals(9 + 1 + 20 + 9, Runs.value(r, Metric.ORDERS));
  }
}
