package backorder.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import backorder.experiment.ExperimentResult;
import backorder.experiment.Tally;
import backorder.metric.Metric;
import backorder.policy.InventoryView;
import backorder.policy.OrderSink;
import backorder.policy.OrderQuantity;
import backorder.policy.Policy;
import backorder.policy.PolicySettings;
import backorder.policy.PolicySpec;
import backorder.policy.ReorderRule;
import backorder.scenario.Product.Substitute;
import backorder.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * Recommending a similar product (SPEC §9): against theory, against a timeline computed by hand,
 * and the same numbers on any number of threads.
 */
class SubstitutesTest {

  /** A policy that never orders, offering substitutes or not. */
  private static PolicySpec never(String name, boolean offer) {
    return new PolicySpec(name, "reorder_point", 0, false, offer,
        new PolicySettings.ReorderPoint("primary",
            new ReorderRule(-1e12, null, new OrderQuantity(OrderQuantity.Kind.FIXED, 1))));
  }

  private static double of(ReplicationResult r, int product, Metric m) {
    return r.perProduct()[product][m.ordinal()];
  }

  /**
   * SKU-0 has no stock and nothing arriving; its substitute SKU-1 never runs out. Each of SKU-0's
   * Poisson(λ) customers takes the substitute with probability p, independently, so over T days
   * the substitutions are Poisson(λTp) and the backorders Poisson(λT(1 − p)).
   */
  @Test
  void noStock_substituteNeverRunsOut_substitutionsAreLambdaTp() {
    double lambda = 5;
    double horizon = 1000;
    double p = 0.3;
    WorldBuilder b = new WorldBuilder();
    b.rate = lambda;
    b.horizon = horizon;
    b.replications = 10;
    b.productCount = 2;
    b.substitutes(0, new Substitute("SKU-1", p)).stock(1, 1_000_000, 10);
    b.policy(never("never-orders", true));
    ExperimentResult r = Runs.run(b.build(), 2);

    Tally.Summary substitutions = Runs.metric(r, 0, Metric.SUBSTITUTIONS);
    Runs.assertCovers(substitutions, lambda * horizon * p, 0, "substitutions");
    Runs.assertCovers(Runs.metric(r, 0, Metric.BACKORDERS), lambda * horizon * (1 - p), 0,
        "backorders");
    // every substitution is one unit at the substitute's price of 10, and one customer order
    assertEquals(10 * substitutions.mean(), Runs.metric(r, 0, Metric.SUBSTITUTION_REVENUE).mean(),
        1e-6);
    Runs.assertCovers(Runs.metric(r, 0, Metric.ORDERS), 2 * lambda * horizon, 0, "orders");
  }

  /**
   * One order per product at t = 1, 2, ..., 19 (SKU-0's before SKU-1's at each instant), nothing
   * ever ordered. SKU-0 (price 10) starts with 2 lamps, SKU-1 (price 25) with 10, and every SKU-0
   * customer takes SKU-1 when it is in stock. SKU-0 ships t = 1, 2; at t = 3, 4, 5, 6 its
   * customers take SKU-1, which falls 8 → 6 → 4 → 2 → 0 with its own orders, so SKU-1 stocks out
   * at t = 7 instead of t = 11: 13 backorders each (t = 7..19) instead of 17 and 9.
   */
  @Test
  void substitutionDemand_makesTheSubstituteStockOutEarlier_handComputed() {
    WorldBuilder b = new WorldBuilder();
    b.process = "deterministic";
    b.rate = 1;
    b.horizon = 20;
    b.productCount = 2;
    b.stock(0, 2, 10).stock(1, 10, 25).substitutes(0, new Substitute("SKU-1", 1));
    b.policy(never("offer", true)).policy(never("no-offer", false));
    Scenario s = b.build();
    ReplicationResult offer = replicate(s, 0, 0);
    ReplicationResult noOffer = replicate(s, 1, 0);

    assertEquals(4, of(offer, 0, Metric.SUBSTITUTIONS));
    assertEquals(13, of(offer, 0, Metric.BACKORDERS));
    assertEquals(19, of(offer, 0, Metric.ORDERS));
    assertEquals(2.0 / 19, of(offer, 0, Metric.FILL_RATE), 1e-12);
    assertEquals(2 * 10, of(offer, 0, Metric.REVENUE), 1e-9);
    assertEquals(4 * 25, of(offer, 0, Metric.SUBSTITUTION_REVENUE), 1e-9);
    // SKU-1: its own 19 orders and the 4 moved to it; 6 + 4 shipped at once
    assertEquals(23, of(offer, 1, Metric.ORDERS));
    assertEquals(10.0 / 23, of(offer, 1, Metric.FILL_RATE), 1e-12);
    assertEquals(13, of(offer, 1, Metric.BACKORDERS));
    assertEquals(0, of(offer, 1, Metric.SUBSTITUTIONS));
    assertEquals(10 * 25, of(offer, 1, Metric.REVENUE), 1e-9);
    assertEquals((10 + 9 + 8 + 6 + 4 + 2) / 20.0, of(offer, 1, Metric.AVG_ON_HAND_UNITS), 1e-12);
    // the total counts each customer order once: 38 = 8 filled as asked + 4 substituted + 26
    assertEquals(38, Runs.value(offer, Metric.ORDERS));
    assertEquals(8.0 / 38, Runs.value(offer, Metric.FILL_RATE), 1e-12);
    assertEquals(4, Runs.value(offer, Metric.SUBSTITUTIONS));
    assertEquals(26, Runs.value(offer, Metric.BACKORDERS));
    assertEquals(20 + 250, Runs.value(offer, Metric.REVENUE), 1e-9);
    assertEquals(100, Runs.value(offer, Metric.SUBSTITUTION_REVENUE), 1e-9);
    assertEquals(4, offer.daily()[DailySeries.SUBSTITUTIONS_CUM.ordinal()][19]);

    assertEquals(0, Runs.value(noOffer, Metric.SUBSTITUTIONS));
    assertEquals(17, of(noOffer, 0, Metric.BACKORDERS));
    assertEquals(9, of(noOffer, 1, Metric.BACKORDERS));
    assertEquals(55 / 20.0, of(noOffer, 1, Metric.AVG_ON_HAND_UNITS), 1e-12);
  }

  /**
   * A forecast sees the units taken per product: SKU-0 (no stock) loses its one order a day to
   * SKU-1, so SKU-1's policy observes 2 units a day (its own and the moved one) and SKU-0's none.
   */
  @Test
  void forecastObservesSubstituteDemand_onTheSubstitute() {
    WorldBuilder b = new WorldBuilder();
    b.process = "deterministic";
    b.rate = 1;
    b.horizon = 6;
    b.productCount = 2;
    b.stock(1, 100, 10).substitutes(0, new Substitute("SKU-1", 1));
    b.policy(never("offer", true));
    long[][] observed = new long[2][6];
    int[] day = new int[2];
    Policy recording = new Policy() {
      @Override
      public void review(int product, InventoryView view, OrderSink sink) {}

      @Override
      public double reviewPeriodDays() {
        return 0;
      }

      @Override
      public boolean notifiesCustomers() {
        return false;
      }

      @Override
      public boolean offersSubstitutes() {
        return true;
      }

      @Override
      public boolean observesDemand() {
        return true;
      }

      @Override
      public void observeDay(int product, long unitsTaken) {
        observed[product][day[product]++] = unitsTaken;
      }
    };
    new InventoryWorld(b.build(), recording, 0).run();

    // day 0 is [0, 1): the first orders come at t = 1, which day 1 counts
    assertArrayEquals(new long[] {0, 0, 0, 0, 0, 0}, observed[0]);
    assertArrayEquals(new long[] {0, 2, 2, 2, 2, 2}, observed[1]);
  }

  /** Lost-sale customers are offered substitutes too; a substitute's substitutes never are. */
  @Test
  void lostSaleProduct_offersSubstitutes_butNotTheSubstitutesOwn() {
    WorldBuilder b = new WorldBuilder();
    b.process = "deterministic";
    b.rate = 1;
    b.horizon = 10;
    b.productCount = 3;
    b.outOfStock = backorder.scenario.Product.OutOfStock.LOST_SALE;
    // SKU-0 -> SKU-1 (empty) -> SKU-2 (full): SKU-0's customers never reach SKU-2
    b.stock(2, 100, 10).substitutes(0, new Substitute("SKU-1", 1))
        .substitutes(1, new Substitute("SKU-2", 1));
    b.policy(never("offer", true));
    ReplicationResult r = replicate(b.build(), 0, 0);

    assertEquals(9, of(r, 0, Metric.LOST_SALES));
    assertEquals(0, of(r, 0, Metric.SUBSTITUTIONS));
    assertEquals(9, of(r, 1, Metric.SUBSTITUTIONS));
    assertEquals(18, of(r, 2, Metric.ORDERS));
  }

  @Test
  void sameSeed_oneAndTwoThreads_giveIdenticalNumbers() {
    WorldBuilder b = new WorldBuilder();
    b.horizon = 200;
    b.replications = 6;
    b.productCount = 3;
    b.rate = 4;
    b.initialOnHand = 30;
    b.customers = WorldBuilder.customers(new backorder.scenario.Dist(
        backorder.scenario.Dist.Kind.EXPONENTIAL, 5, 0, 0, null, null), 0.7);
    b.substitutes(0, new Substitute("SKU-1", 0.5), new Substitute("SKU-2", 0.3))
        .substitutes(1, new Substitute("SKU-0", 0.6));
    b.reorderPoint("rop", 10, 25, 0);
    Scenario s = b.build();
    ExperimentResult one = Runs.run(s, 1);
    ExperimentResult two = Runs.run(s, 2);
    assertArrayEquals(one.policies().get(0).replicationTotals(),
        two.policies().get(0).replicationTotals());
    Tally.Summary[][] a = one.policies().get(0).products();
    Tally.Summary[][] c = two.policies().get(0).products();
    for (int p = 0; p < a.length; p++) {
      for (Metric m : Metric.values()) {
        assertEquals(a[p][m.ordinal()].mean(), c[p][m.ordinal()].mean(), m.key());
      }
    }
    assertEquals(true, Runs.metric(one, 0, Metric.SUBSTITUTIONS).mean() > 0, "substitutes taken");
  }

  /** Replication r of the scenario's policy i, as the runner runs it. */
  private static ReplicationResult replicate(Scenario s, int policy, int r) {
    return backorder.experiment.Experiment.replicate(s, s.policies().get(policy),
        Planning.inputs(s), r);
  }
}
