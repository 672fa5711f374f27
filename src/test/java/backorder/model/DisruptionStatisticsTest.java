package backorder.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import backorder.experiment.ExperimentResult;
import backorder.experiment.Tally;
import backorder.metric.Metric;
import backorder.policy.OrderQuantity;
import backorder.policy.PolicySettings;
import backorder.policy.PolicySpec;
import backorder.policy.ReorderRule;
import backorder.policy.SafetyStock;
import backorder.scenario.Disruption;
import backorder.scenario.Dist;
import backorder.scenario.Supplier;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Disruptions and policies against expectations that hold on average. */
class DisruptionStatisticsTest {

  private static Tally.Summary orders(Disruption spike) {
    WorldBuilder b = new WorldBuilder();
    b.rate = 4;
    b.horizon = 100;
    b.replications = 80;
    b.initialOnHand = 100000;
    b.disruptions.add(spike);
    b.reorderPoint("idle", 0, 1, 0);
    ExperimentResult r = Runs.run(b.build(), 2);
    return Runs.metric(r, 0, Metric.ORDERS);
  }

  /** Step spike: λ(T + (m − 1)d). */
  @Test
  void stepSpike_expectedOrders() {
    Tally.Summary s = orders(new Disruption.DemandSpike(null, Disruption.Timing.at(20),
        Dist.constant(30), 3, Double.NaN));
    Runs.assertCovers(s, 4 * (100 + 2 * 30), 0, "orders");
  }

  /** Decaying spike: λ(T + (m − 1)·h/ln2·(1 − 2^(−d/h))). */
  @Test
  void decayingSpike_expectedOrders() {
    double h = 5;
    Tally.Summary s = orders(new Disruption.DemandSpike(null, Disruption.Timing.at(20),
        Dist.constant(30), 6, h));
    Runs.assertCovers(s, 4 * (100 + 5 * h / Math.log(2) * (1 - Math.pow(2, -30 / h))), 0, "orders");
  }

  /**
   * Under a long supplier delay, expediting from a fast backup takes fewer backorders than the
   * single-supplier policy with the same reorder rule, on the same random numbers (paired).
   */
  @Test
  void expedite_reducesBackordersUnderSupplierDelay() {
    WorldBuilder b = new WorldBuilder();
    b.rate = 5;
    b.horizon = 200;
    b.replications = 20;
    b.initialOnHand = 60;
    b.leadTime = new Dist(Dist.Kind.UNIFORM, 8, 12, 0, null, null);
    b.extraSuppliers.add(new Supplier("backup", null, 8, 20, Dist.constant(2), null, null,
        Double.POSITIVE_INFINITY, 0));
    b.disruptions.add(new Disruption.SupplierDelay("primary", Disruption.Timing.at(50),
        Dist.constant(40), 20, 1.0));
    ReorderRule rule = new ReorderRule(Double.NaN, new SafetyStock(SafetyStock.Kind.SERVICE_LEVEL, 0.95),
        new OrderQuantity(OrderQuantity.Kind.DAYS_OF_COVER, 10));
    b.policy(new PolicySpec("single", "reorder_point", 0, false, true,
        new PolicySettings.ReorderPoint("primary", rule)));
    b.policy(new PolicySpec("expedite", "multi_supplier", 0, false, true,
        new PolicySettings.MultiSupplier("primary", List.of("backup"),
            PolicySettings.MultiSupplier.Mode.EXPEDITE, Map.of(), 0, rule)));
    ExperimentResult r = Runs.run(b.build(), 2);
    Tally paired = new Tally();
    double[][] single = r.policies().get(0).replicationTotals();
    double[][] expedite = r.policies().get(1).replicationTotals();
    for (int i = 0; i < single.length; i++) {
      paired.add(expedite[i][Metric.BACKORDERS.ordinal()] - single[i][Metric.BACKORDERS.ordinal()]);
    }
    assertTrue(paired.summary().ci95High() < 0, "expedite - single backorders: " + paired.summary());
  }
}
