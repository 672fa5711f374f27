package backorder.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backorder.metric.Metric;
import backorder.scenario.Scenario;
import backorder.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.Test;

/** Adding replications until a half-width target is met: where it stops, and that it changes no number. */
class PrecisionExperimentTest {

  /** Orders arrive as a Poisson process of 1 a day for 100 days: orders per replication have variance 100. */
  static final Path POISSON = Path.of("src/test/resources/experiment/poisson-orders.yaml");

  private static RunPlan plan(int threads) throws Exception {
    Scenario s = ScenarioLoader.load(POISSON);
    return RunPlan.of(s, null, null, threads, null);
  }

  private static PrecisionExperiment.Outcome run(RunPlan plan, Metric metric, double h, int max,
      List<Integer> planned) throws InterruptedException {
    return PrecisionExperiment.run(plan, new PrecisionTarget(metric, h, max), done -> { }, planned::add);
  }

  /** The n the true variance implies: the least n with t(n − 1) · σ / √n ≤ h. */
  private static int impliedCount(double sigma, double h) {
    int n = 2;
    while (new TDistribution(n - 1).inverseCumulativeProbability(0.975) * sigma / Math.sqrt(n) > h) {
      n++;
    }
    return n;
  }

  @Test
  void knownVariance_stopsAtTheCountItImpliesWithinOneBatch() throws Exception {
    List<Integer> planned = new ArrayList<>();
    var outcome = run(plan(2), Metric.ORDERS, 1.0, 10_000, planned);
    int n = outcome.result().plan().replications();
    int implied = impliedCount(10, 1.0); // 387
    int lastBatch = planned.size() < 2 ? n : n - planned.get(planned.size() - 2);
    assertTrue(Math.abs(n - implied) <= Math.max(lastBatch, (int) Math.ceil(0.1 * implied)),
        "stopped at " + n + " (batches " + planned + "), the variance implies " + implied);
    assertTrue(outcome.precision().reached());
    assertTrue(outcome.precision().achieved() <= 1.0);
    assertEquals(10, planned.get(0), "the pilot: the scenario's 10 replications");
    assertTrue(planned.size() <= 4, "few batches: " + planned);
  }

  @Test
  void result_equalsAPlainRunOfTheFinalCount_forAnyThreadCount() throws Exception {
    var one = run(plan(1), Metric.ORDERS, 2.0, 10_000, new ArrayList<>());
    var two = run(plan(2), Metric.ORDERS, 2.0, 10_000, new ArrayList<>());
    int n = two.result().plan().replications();
    assertTrue(n > 10, "grew past the pilot: " + n);
    assertEquals(n, one.result().plan().replications());
    ExperimentResult plain = Experiment.run(plan(2).withReplications(n), done -> { });
    for (ExperimentResult r : List.of(one.result(), two.result())) {
      for (int p = 0; p < plain.policies().size(); p++) {
        PolicyResult a = plain.policies().get(p);
        PolicyResult b = r.policies().get(p);
        assertArrayEquals(a.totals(), b.totals());
        assertArrayEquals(a.replicationTotals(), b.replicationTotals());
        assertArrayEquals(a.daily().p50(), b.daily().p50());
        assertArrayEquals(a.daily().mean(), b.daily().mean());
      }
    }
    assertEquals(one.precision(), two.precision());
  }

  @Test
  void cap_endsTheRunUnreached() throws Exception {
    var outcome = run(plan(2), Metric.ORDERS, 0.1, 50, new ArrayList<>());
    assertEquals(50, outcome.result().plan().replications());
    assertFalse(outcome.precision().reached());
    assertTrue(outcome.precision().achieved() > 0.1);
  }

  @Test
  void zeroVariance_isReachedByThePilot() throws Exception {
    var outcome = run(plan(2), Metric.FILL_RATE, 1e-9, 10_000, new ArrayList<>()); // stock never runs out
    assertEquals(10, outcome.result().plan().replications());
    assertTrue(outcome.precision().reached());
    assertEquals(0.0, outcome.precision().achieved());
  }

  @Test
  void metricNeverObserved_isUnmeasurable() throws Exception {
    assertThrows(UnmeasurableTargetException.class,
        () -> run(plan(2), Metric.RECOVERY_DAYS, 1, 10_000, new ArrayList<>())); // no disruptions
  }

  @Test
  void nextCount_growsTowardTheEstimateWithinItsBounds() {
    Tally.Summary sd10 = new Tally.Summary(20, 100, 10, 95.3, 104.7);
    int needed = PrecisionExperiment.nextCount(20, List.of(sd10), 1.0, 10_000);
    assertEquals(80, needed, "at most 4 times the replications so far");
    Tally.Summary sd10Of200 = new Tally.Summary(200, 100, 10, 98.6, 101.4);
    assertEquals(impliedCount(10, 1.0), PrecisionExperiment.nextCount(200, List.of(sd10Of200), 1.0, 10_000));
    assertEquals(300, PrecisionExperiment.nextCount(200, List.of(sd10Of200), 1.0, 300), "capped");
    assertEquals(22, PrecisionExperiment.nextCount(20, List.of(sd10), 100, 10_000), "at least 10% more");
    Tally.Summary unknown = new Tally.Summary(1, 5, Double.NaN, Double.NaN, Double.NaN);
    assertEquals(80, PrecisionExperiment.nextCount(20, List.of(sd10, unknown), 100, 10_000));
    Tally.Summary halfObserved = new Tally.Summary(100, 100, 10, 98, 102);
    assertEquals(2 * impliedCount(10, 1.0),
        PrecisionExperiment.nextCount(200, List.of(halfObserved), 1.0, 10_000),
        "observed in half the replications: twice as many replications");
  }
}
