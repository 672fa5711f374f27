package backorder.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import backorder.experiment.ExperimentResult;
import backorder.metric.Metric;
import backorder.scenario.Dist;
import backorder.scenario.Product;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.junit.jupiter.api.Test;

/**
 * The engine against inventory theory: results must fall within the replications' confidence
 * interval (widened by a small absolute margin for the finite warm-up bias).
 */
class AnalyticInventoryTest {

  /** A long run of one product with Poisson demand: 8 replications of 4,000 days. */
  static WorldBuilder longRun(double lambda, Dist leadTime, long initialOnHand, double warmup) {
    WorldBuilder b = new WorldBuilder();
    b.rate = lambda;
    b.leadTime = leadTime;
    b.initialOnHand = initialOnHand;
    b.horizon = 4000;
    b.warmup = warmup;
    b.replications = 8;
    return b;
  }

  /** E[(D − y)+] for D ~ Poisson: units owed when the position is y. */
  static double expectedShortfall(PoissonDistribution d, int y) {
    double sum = 0;
    for (int k = y + 1; k < y + 400; k++) {
      sum += (k - y) * d.probability(k);
    }
    return sum;
  }

  /** Erlang's loss formula B(c, a) by its recursion. */
  static double erlangLoss(double a, int servers) {
    double b = 1;
    for (int k = 1; k <= servers; k++) {
      b = a * b / (k + a * b);
    }
    return b;
  }

  /** E[(D − S)+] and P(D ≤ S − 1) with D ~ Poisson(λL): the one-for-one base-stock policy. */
  @Test
  void baseStock_poissonDemand_matchesAnalyticBackorders() {
    double lambda = 5;
    double lead = 4;
    int level = 22;
    WorldBuilder b = longRun(lambda, Dist.constant(lead), level, 100);
    b.baseStock(level);
    ExperimentResult r = Runs.run(b.build(), 2);

    PoissonDistribution d = new PoissonDistribution(lambda * lead);
    double backlog = expectedShortfall(d, level);
    Runs.assertCovers(Runs.metric(r, 0, Metric.AVG_BACKLOG_UNITS), backlog, 0.01, "backlog");
    Runs.assertCovers(Runs.metric(r, 0, Metric.FILL_RATE), d.cumulativeProbability(level - 1), 0.003,
        "fill rate");
    // on hand: E[(S − D)+] = S − λL + E[(D − S)+]
    Runs.assertCovers(Runs.metric(r, 0, Metric.AVG_ON_HAND_UNITS), level - lambda * lead + backlog, 0.02,
        "on hand");
  }

  /**
   * (s, Q) with unit Poisson demand: the inventory position is uniform on s+1..s+Q, so backlog and
   * fill rate are the base-stock formulas averaged over those levels (Hadley and Whitin).
   */
  @Test
  void reorderPointQuantity_poissonDemand_matchesUniformPositionFormula() {
    double lambda = 5;
    double lead = 4;
    int s = 15;
    int q = 10;
    WorldBuilder b = longRun(lambda, Dist.constant(lead), s + q, 100);
    b.reorderPoint("sQ", s, q, 0);
    ExperimentResult r = Runs.run(b.build(), 2);
    PoissonDistribution d = new PoissonDistribution(lambda * lead);
    double backlog = 0;
    double fill = 0;
    for (int y = s + 1; y <= s + q; y++) {
      backlog += expectedShortfall(d, y) / q;
      fill += d.cumulativeProbability(y - 1) / q;
    }
    Runs.assertCovers(Runs.metric(r, 0, Metric.AVG_BACKLOG_UNITS), backlog, 0.01, "backlog");
    Runs.assertCovers(Runs.metric(r, 0, Metric.FILL_RATE), fill, 0.003, "fill rate");
  }

  /** Lost sales with one-for-one replenishment: the fraction lost is Erlang's loss formula B(S, λL). */
  @Test
  void lostSales_oneForOne_matchesErlangLoss() {
    double lambda = 4;
    double lead = 2.5;
    int level = 12;
    WorldBuilder b = longRun(lambda, Dist.constant(lead), level, 50);
    b.outOfStock = Product.OutOfStock.LOST_SALE;
    b.baseStock(level);
    ExperimentResult r = Runs.run(b.build(), 2);
    double erlang = erlangLoss(lambda * lead, level);
    Runs.assertCovers(Runs.metric(r, 0, Metric.FILL_RATE), 1 - erlang, 0.003, "fill rate = 1 - B(S, a)");
  }

  /** Palm's theorem: i.i.d. random lead times give the backlog of their mean (orders may cross). */
  @Test
  void baseStock_randomLeadTimes_matchMeanLeadTime() {
    double lambda = 5;
    int level = 22;
    WorldBuilder b = longRun(lambda, new Dist(Dist.Kind.UNIFORM, 1, 7, 0, null, null), level, 100);
    b.baseStock(level);
    ExperimentResult r = Runs.run(b.build(), 2);
    double backlog = expectedShortfall(new PoissonDistribution(lambda * 4), level);
    Runs.assertCovers(Runs.metric(r, 0, Metric.AVG_BACKLOG_UNITS), backlog, 0.01, "backlog");
    assertTrue(Runs.metric(r, 0, Metric.PURCHASE_ORDERS_CROSSED).mean() > 0, "orders crossed");
  }

  /**
   * No stock ever: every order waits until its exponential patience runs out. Over [0, T] the
   * expected cancellations are λ(T − θ(1 − e^(−T/θ))) and the mean backlog tends to λθ.
   */
  @Test
  void exponentialPatience_noStock_matchesExpectedCancellations() {
    double lambda = 3;
    double theta = 6;
    double horizon = 300;
    WorldBuilder b = new WorldBuilder();
    b.rate = lambda;
    b.horizon = horizon;
    b.replications = 30;
    b.customers = WorldBuilder.customers(new Dist(Dist.Kind.EXPONENTIAL, theta, 0, 0, null, null), 1);
    b.reorderPoint("never-orders", -1e12, 1, 0);
    ExperimentResult r = Runs.run(b.build(), 2);
    double expected = lambda * (horizon - theta * (1 - Math.exp(-horizon / theta)));
    Runs.assertCovers(Runs.metric(r, 0, Metric.CANCELLATIONS), expected, 0, "cancellations");
    double backlog = lambda * theta * (1 - theta / horizon * (1 - Math.exp(-horizon / theta)));
    Runs.assertCovers(Runs.metric(r, 0, Metric.AVG_BACKLOG_UNITS), backlog, 0.05, "mean backlog");
  }
}
