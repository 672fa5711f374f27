package backorder.model;

import static backorder.model.AnalyticInventoryTest.expectedShortfall;
import static org.junit.jupiter.api.Assertions.assertEquals;

import backorder.experiment.ExperimentResult;
import backorder.experiment.Tally;
import backorder.metric.Metric;
import backorder.policy.OrderQuantity;
import backorder.policy.PolicySettings;
import backorder.policy.PolicySpec;
import backorder.policy.ReorderRule;
import backorder.scenario.Dist;
import backorder.scenario.Product;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.junit.jupiter.api.Test;

/**
 * Periodic review, lead-time insensitivity, Little's law, a capacitated supplier and the weekly
 * pattern against inventory and queueing theory, within the replications' confidence intervals (plus a small margin for the
 * finite warm-up and the orders still open at the horizon).
 */
class InventoryTheoryTest {

  /** Steps of the midpoint rule over one review period. */
  private static final int STEPS = 600;

  /** One product with Poisson demand over 4,000 days (100 of warm-up), 8 replications. */
  private static WorldBuilder longRun(double lambda, Dist leadTime, long initialOnHand) {
    return AnalyticInventoryTest.longRun(lambda, leadTime, initialOnHand, 100);
  }

  /**
   * (R, S) with a constant lead time L: the order placed at a review lifts the position to S and
   * arrives L later, so u days after that the net stock is S − D(L + u). Time averages over a
   * period: backlog (1/R)∫E[(D(L+u) − S)+]du, fill rate (1/R)∫P(D(L+u) ≤ S − 1)du (PASTA), on hand
   * S − λ(L + R/2) + backlog.
   */
  @Test
  void periodicReview_orderUpTo_poissonDemand_matchesPeriodAverages() {
    double lambda = 5;
    double lead = 2;
    double review = 3;
    int level = 32;
    WorldBuilder b = longRun(lambda, Dist.constant(lead), level);
    b.policy(new PolicySpec("R-S", "reorder_point", review, false, true,
        new PolicySettings.ReorderPoint("primary",
            new ReorderRule(level - 1, null, new OrderQuantity(OrderQuantity.Kind.UP_TO, level)))));
    ExperimentResult r = Runs.run(b.build(), 2);

    double backlog = 0;
    double fill = 0;
    for (int i = 0; i < STEPS; i++) {
      double u = (i + 0.5) * review / STEPS;
      PoissonDistribution d = new PoissonDistribution(lambda * (lead + u));
      backlog += expectedShortfall(d, level) / STEPS;
      fill += d.cumulativeProbability(level - 1) / STEPS;
    }
    Runs.assertCovers(Runs.metric(r, 0, Metric.AVG_BACKLOG_UNITS), backlog, 0.01, "backlog");
    Runs.assertCovers(Runs.metric(r, 0, Metric.FILL_RATE), fill, 0.003, "fill rate");
    Runs.assertCovers(Runs.metric(r, 0, Metric.AVG_ON_HAND_UNITS),
        level - lambda * (lead + review / 2) + backlog, 0.03, "on hand");
    // one purchase order per review once demand has moved the position (P(no demand in R) ≈ 3e-7)
    Runs.assertCovers(Runs.metric(r, 0, Metric.PURCHASE_ORDERS), (4000 - 100) / review, 1, "orders");
  }

  /**
   * Lost sales with one-for-one replenishment is an M/G/S/S loss system: by the Erlang loss
   * formula's insensitivity, uniform lead times lose the same fraction as their constant mean.
   */
  @Test
  void lostSales_randomLeadTimes_matchErlangLossOfTheMean() {
    double lambda = 4;
    int level = 12;
    WorldBuilder b = longRun(lambda, new Dist(Dist.Kind.UNIFORM, 0.5, 4.5, 0, null, null), level);
    b.outOfStock = Product.OutOfStock.LOST_SALE;
    b.baseStock(level);
    ExperimentResult r = Runs.run(b.build(), 2);
    double erlang = AnalyticInventoryTest.erlangLoss(lambda * 2.5, level);
    Runs.assertCovers(Runs.metric(r, 0, Metric.FILL_RATE), 1 - erlang, 0.003, "fill rate = 1 - B(S, a)");
    // lost orders = λ·B per day over the counted days
    Runs.assertCovers(Runs.metric(r, 0, Metric.LOST_SALES), lambda * erlang * (4000 - 100), 15,
        "lost sales");
  }

  /**
   * Little's law on the backorder queue of a base-stock policy: the mean backlog is the rate of
   * backordered orders times their mean wait, so the wait is E[(D − S)+] / (λ·P(D ≥ S)).
   */
  @Test
  void baseStock_meanBackorderWait_followsLittlesLaw() {
    double lambda = 5;
    double lead = 4;
    int level = 20;
    WorldBuilder b = longRun(lambda, Dist.constant(lead), level);
    b.baseStock(level);
    ExperimentResult r = Runs.run(b.build(), 2);
    PoissonDistribution d = new PoissonDistribution(lambda * lead);
    double wait = expectedShortfall(d, level) / (lambda * (1 - d.cumulativeProbability(level - 1)));
    Runs.assertCovers(Runs.metric(r, 0, Metric.MEAN_BACKORDER_WAIT_DAYS), wait, 0.01, "mean wait");
  }

  /**
   * One-for-one orders to a supplier with capacity c units a day queue for production as an M/D/1
   * system (ρ = λ/c), then ship for T days: units outstanding average ρ + ρ²/(2(1 − ρ)) + λT, and
   * on hand − backlog = S − outstanding.
   */
  @Test
  void baseStock_capacitatedSupplier_outstandingFollowsMd1() {
    double lambda = 4;
    double capacity = 5;
    double transit = 2;
    int level = 14;
    WorldBuilder b = longRun(lambda, null, level);
    b.production = Dist.constant(0);
    b.transit = Dist.constant(transit);
    b.capacity = capacity;
    b.baseStock(level);
    ExperimentResult r = Runs.run(b.build(), 2);
    double rho = lambda / capacity;
    double outstanding = rho + rho * rho / (2 * (1 - rho)) + lambda * transit;
    Tally netStock = new Tally();
    double[][] totals = r.policies().get(0).replicationTotals();
    for (double[] t : totals) {
      netStock.add(t[Metric.AVG_ON_HAND_UNITS.ordinal()] - t[Metric.AVG_BACKLOG_UNITS.ordinal()]);
    }
    Runs.assertCovers(netStock.summary(), level - outstanding, 0.05, "on hand - backlog");
  }

  /**
   * No stock ever, customers who accept a backorder with probability p and have exponential
   * patience θ: over [0, T] the expected outcomes of λT orders are (1 − p)λT lost sales,
   * pλ(T − θ(1 − e^(−T/θ))) cancellations, pλ(T − c)e^(−c/θ) complaints after c days, and the
   * defections each outcome's probability makes of them.
   */
  @Test
  void noStock_customerOutcomes_matchTheirProbabilities() {
    double lambda = 3;
    double theta = 6;
    double accept = 0.6;
    double complaintAfter = 4;
    double horizon = 200;
    WorldBuilder b = new WorldBuilder();
    b.rate = lambda;
    b.horizon = horizon;
    b.replications = 40;
    b.customers = new Product.Customers(accept, new Dist(Dist.Kind.EXPONENTIAL, theta, 0, 0, null, null),
        1.0, 0.5, 0.3, complaintAfter, 100, 0, 0, java.util.List.of());
    b.reorderPoint("never-orders", -1e12, 1, 0);
    ExperimentResult r = Runs.run(b.build(), 2);
    double lost = (1 - accept) * lambda * horizon;
    double cancelled = accept * lambda * (horizon - theta * (1 - Math.exp(-horizon / theta)));
    Runs.assertCovers(Runs.metric(r, 0, Metric.LOST_SALES), lost, 0, "lost sales");
    Runs.assertCovers(Runs.metric(r, 0, Metric.BACKORDERS), accept * lambda * horizon, 0, "backorders");
    Runs.assertCovers(Runs.metric(r, 0, Metric.CANCELLATIONS), cancelled, 0, "cancellations");
    Runs.assertCovers(Runs.metric(r, 0, Metric.COMPLAINTS),
        accept * lambda * (horizon - complaintAfter) * Math.exp(-complaintAfter / theta), 0, "complaints");
    Runs.assertCovers(Runs.metric(r, 0, Metric.LOST_CUSTOMERS), 0.5 * cancelled + 0.3 * lost, 0,
        "lost customers");
    Runs.assertCovers(Runs.metric(r, 0, Metric.LOST_CUSTOMER_VALUE), 100 * (0.5 * cancelled + 0.3 * lost),
        0, "lost customer value");
  }

  /**
   * A weekly pattern scales each weekday's rate (day 0 is a Monday): over ten weeks the expected
   * orders are 10·λ·Σ multipliers, and no stock policy changes them.
   */
  @Test
  void weeklyPattern_expectedOrdersFollowTheMultipliers() {
    WorldBuilder b = new WorldBuilder();
    b.rate = 6;
    b.weekly = new double[] {0.5, 1, 1, 1, 1.5, 2, 0};
    b.horizon = 70;
    b.replications = 60;
    b.initialOnHand = 100000;
    b.reorderPoint("idle", 0, 1, 0);
    ExperimentResult r = Runs.run(b.build(), 2);
    Tally.Summary orders = Runs.metric(r, 0, Metric.ORDERS);
    Runs.assertCovers(orders, 10 * 6 * 7.0, 0, "orders");
    WorldBuilder flat = new WorldBuilder();
    flat.rate = 6;
    flat.weekly = new double[] {0, 0, 0, 0, 0, 0, 1};
    flat.horizon = 8;
    flat.replications = 1;
    flat.reorderPoint("idle", 0, 1, 0);
    flat.process = "deterministic";
    // deterministic on Sundays only: the k-th order when the rate's integral reaches k, so the
    // sixth falls at the end of day 6 (counted because the horizon is a day later)
    assertEquals(6, Runs.metric(Runs.run(flat.build(), 1), 0, Metric.ORDERS).mean(), "Sunday orders");
  }
}
