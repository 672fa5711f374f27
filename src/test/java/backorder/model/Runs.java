package backorder.model;

import backorder.experiment.Experiment;
import backorder.experiment.ExperimentResult;
import backorder.experiment.RunPlan;
import backorder.experiment.Tally;
import backorder.model.Metric;
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

  static double value(ReplicationResult r, Metric m) {
    return r.totals()[m.ordinal()];
  }
}
