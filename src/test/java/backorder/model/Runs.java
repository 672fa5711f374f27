package backorder.model;

import backorder.experiment.Experiment;
import backorder.experiment.ExperimentResult;
import backorder.experiment.RunPlan;
import backorder.experiment.Tally;
import backorder.metric.Metric;
import backorder.scenario.Scenario;

/** Runs a scenario in tests and reads summaries. */
final class Runs {

  private Runs() {}

  static ExperimentResult run(Scenario s, int threads) {
    try {
      return Experiment.run(RunPlan.of(s, null, null, threads, null), done -> {});
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
  }

  static Tally.Summary metric(ExperimentResult r, int policy, Metric m) {
    return r.policies().get(policy).totals()[m.ordinal()];
  }

  /** One replication of the first policy. */
  static ReplicationResult once(Scenario s, int replication) {
    return Experiment.replicate(s, s.policies().get(0), Planning.inputs(s), replication);
  }

  /**
   * Asserts the simulated mean lies within 1.5 confidence half-widths of the theory, plus an
   * absolute slack for biases the interval does not cover (a finite warm-up, a large-B limit).
   */
  static void assertCovers(Tally.Summary s, double expected, double slack, String what) {
    double half = (s.ci95High() - s.ci95Low()) / 2;
    org.junit.jupiter.api.Assertions.assertTrue(Math.abs(s.mean() - expected) <= 1.5 * half + slack,
        () -> what + ": simulated " + s.mean() + " ± " + half + ", expected " + expected);
  }

  static double value(ReplicationResult r, Metric m) {
    return r.totals()[m.ordinal()];
  }
}
