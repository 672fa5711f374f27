package backorder.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import backorder.metric.Metric;
import backorder.scenario.Scenario;
import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.Test;

/**
 * The network against the exact evaluation of a one-warehouse, N-retailer system under one-for-one
 * base stock with Poisson demand and deterministic lead times (Simon 1971, "Stationary properties
 * of a two-echelon inventory model for low demand items", Operations Research 19; Graves 1985, "A
 * multi-echelon inventory model for a repairable item with one-for-one replenishment", Management
 * Science 31; Axsäter 1990, "Simple solution procedures for a class of two-echelon inventory
 * problems", Operations Research 38): the warehouse's outstanding orders X0 are Poisson(λ0·L0), its
 * backorders B0 = (X0 − S0)+; a store's outstanding orders are Poisson(λi·T) plus its share of B0,
 * which is Binomial(B0, λi/λ0), independent of it. The store's backorders are (Xi − Si)+ and an
 * arriving customer is served at once when Xi < Si (Poisson arrivals see time averages). The
 * simulated means per store must lie within their 99% confidence intervals across replications.
 */
class NetworkAnalyticTest {

  private static final int MAX = 400;

  /** The exact distribution of a store's outstanding orders, P(Xi = x) for x < MAX. */
  private static double[] storeOutstanding(double lambda0, int stores, double lead, double transit,
      int warehouseLevel) {
    PoissonDistribution x0 = new PoissonDistribution(lambda0 * lead);
    double share = 1.0 / stores;
    double[] fromWarehouse = new double[MAX];
    for (int b = 0; b < MAX; b++) {
      double pb = b == 0 ? x0.cumulativeProbability(warehouseLevel) : x0.probability(warehouseLevel + b);
      if (pb < 1e-300) {
        continue;
      }
      BinomialDistribution split = new BinomialDistribution(b, share);
      for (int j = 0; j <= b; j++) {
        fromWarehouse[j] += pb * split.probability(j);
      }
    }
    PoissonDistribution demand = new PoissonDistribution(lambda0 * share * transit);
    double[] x = new double[MAX];
    for (int j = 0; j < MAX; j++) {
      for (int d = 0; j + d < MAX; d++) {
        x[j + d] += fromWarehouse[j] * demand.probability(d);
      }
    }
    return x;
  }

  private static double expectedBackorders(double[] x, int level) {
    double sum = 0;
    for (int k = level + 1; k < x.length; k++) {
      sum += (k - level) * x[k];
    }
    return sum;
  }

  private static double fillRate(double[] x, int level) {
    double sum = 0;
    for (int k = 0; k < level; k++) {
      sum += x[k];
    }
    return sum;
  }

  private static ReplicationResult[] replications(Scenario s) {
    ReplicationResult[] out = new ReplicationResult[s.replications()];
    for (int r = 0; r < out.length; r++) {
      out[r] = new NetworkWorld(s, s.policies().get(0), r).run();
    }
    return out;
  }

  /** A store's metric over the replications: the exact value within the 99% Student-t interval. */
  private static void assertWithin99(ReplicationResult[] runs, int location, Metric m, double exact,
      String what) {
    int n = runs.length;
    double[] v = new double[n];
    for (int r = 0; r < n; r++) {
      v[r] = runs[r].locations().get(location).totals()[m.ordinal()];
    }
    double mean = java.util.Arrays.stream(v).average().orElseThrow();
    double ss = 0;
    for (double x : v) {
      ss += (x - mean) * (x - mean);
    }
    double half = new TDistribution(n - 1).inverseCumulativeProbability(0.995)
        * Math.sqrt(ss / (n - 1) / n);
    assertTrue(Math.abs(mean - exact) <= half,
        () -> what + ": simulated " + mean + " ± " + half + " (99%), exact " + exact);
    assertTrue(half < 0.1 * Math.max(exact, 0.05), () -> what + ": interval too wide to test: " + half);
  }

  @Test
  void oneWarehouseTwoStores_oneForOne_matchesExactEvaluation() {
    double lambda0 = 4;
    double lead = 5;
    double transit = 2;
    int warehouseLevel = 18; // λ0·L0 = 20: the warehouse is often short
    int storeLevel = 5; // λi·T = 4
    Scenario s = NetworkScenarios.oneForOne(lambda0, 2, lead, transit, warehouseLevel, storeLevel,
        1500, 50, 20);
    double[] x = storeOutstanding(lambda0, 2, lead, transit, warehouseLevel);
    ReplicationResult[] runs = replications(s);
    for (int store = 1; store <= 2; store++) {
      assertWithin99(runs, store, Metric.AVG_BACKLOG_UNITS, expectedBackorders(x, storeLevel),
          "store " + store + " backorders");
      assertWithin99(runs, store, Metric.FILL_RATE, fillRate(x, storeLevel), "store " + store + " fill rate");
    }
  }

  /** With stock the warehouse never runs out of, each store is the single-location base-stock system. */
  @Test
  void warehouseNeverShort_eachStoreIsSingleLocationBaseStock() {
    double lambda0 = 6;
    double transit = 1.5;
    int storeLevel = 4; // λi·T = 3
    Scenario s = NetworkScenarios.oneForOne(lambda0, 2, 3, transit, 200, storeLevel, 1500, 50, 20);
    PoissonDistribution d = new PoissonDistribution(lambda0 / 2 * transit);
    ReplicationResult[] runs = replications(s);
    double backorders = 0;
    for (int k = storeLevel + 1; k < MAX; k++) {
      backorders += (k - storeLevel) * d.probability(k);
    }
    for (int store = 1; store <= 2; store++) {
      assertWithin99(runs, store, Metric.AVG_BACKLOG_UNITS, backorders, "store " + store + " backorders");
      assertWithin99(runs, store, Metric.FILL_RATE, d.cumulativeProbability(storeLevel - 1),
          "store " + store + " fill rate");
    }
  }
}
