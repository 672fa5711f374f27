package backorder.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backorder.metric.Metric;
import backorder.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * Every grid point of a sweep runs on the same random numbers: the point-to-point difference of a
 * metric varies far less across replications than the two points' own variances added up, which
 * is what independent runs would give.
 */
class SweepCommonRandomNumbersTest {

  static final Path BASE_STOCK = Path.of("src/test/resources/sweep/base-stock.yaml");

  /** Per grid point, holding + backorder cost of each replication. */
  private static Map<Integer, double[]> costs(SweepGrid grid, long seed) throws InterruptedException {
    Map<Integer, double[]> costs = new ConcurrentHashMap<>();
    Sweep.Listener keep = new Sweep.Listener() {
      @Override
      public void pointDone(int point, ExperimentResult result) {
        double[][] reps = result.policies().get(0).replicationTotals();
        double[] c = new double[reps.length];
        for (int r = 0; r < reps.length; r++) {
          c[r] = reps[r][Metric.HOLDING_COST.ordinal()] + reps[r][Metric.BACKORDER_COST.ordinal()];
        }
        costs.put(point, c);
      }
    };
    Sweep.run(grid, p -> ScenarioLoader.load(BASE_STOCK, grid.overrides(p)),
        new Sweep.Settings(20, seed, 2, List.of()), keep);
    return costs;
  }

  @Test
  void pointDifferences_haveFarLessVarianceThanIndependentRuns() throws InterruptedException {
    SweepGrid grid = new SweepGrid(List.of(SweepAxis.parse("policies[base-stock].reorder_point=24,25")));
    Map<Integer, double[]> crn = costs(grid, 5);
    double[] a = crn.get(0);
    double[] b = crn.get(1);
    assertEquals(20, a.length);
    double sumOfVariances = variance(a, null) + variance(b, null);
    double common = variance(a, b);
    assertTrue(common < 0.25 * sumOfVariances, "var(A - B) = " + common + " on common random numbers should be"
        + " well below var(A) + var(B) = " + sumOfVariances);
    // the same comparison with B run on other random numbers shows what independence would give
    double[] otherSeed = costs(grid, 6).get(1);
    double independent = variance(a, otherSeed);
    assertTrue(independent > 0.3 * (variance(a, null) + variance(otherSeed, null)),
        "independent runs: var(A - B') = " + independent);
    assertTrue(common < 0.25 * independent, "CRN " + common + " vs independent " + independent);
  }

  /** The sample variance of x (of x − y when y is given). */
  private static double variance(double[] x, double[] y) {
    int n = x.length;
    double mean = 0;
    for (int i = 0; i < n; i++) {
      mean += (x[i] - (y == null ? 0 : y[i])) / n;
    }
    double ss = 0;
    for (int i = 0; i < n; i++) {
      double d = x[i] - (y == null ? 0 : y[i]) - mean;
      ss += d * d;
    }
    return ss / (n - 1);
  }
}
