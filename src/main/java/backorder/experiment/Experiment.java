package backorder.experiment;

import backorder.model.InventoryWorld;
import backorder.model.NetworkWorld;
import backorder.model.ReplicationResult;
import backorder.policy.PlanningInputs;
import backorder.policy.PolicySpec;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Runs every chosen policy over the replications on common random numbers: replication r of every
 * policy sees the same named random streams. Replications run on a thread pool or a {@link Runner}
 * elsewhere; results are folded in (policy, replication) order, so the numbers are identical for
 * any thread count or runner.
 */
public final class Experiment {

  private Experiment() {}

  /** Runs the plan in this JVM; {@code progress} receives the number of finished replications. */
  public static ExperimentResult run(RunPlan plan, IntConsumer progress) throws InterruptedException {
    return run(plan, Runner.local(), progress);
  }

  /** Runs the plan's replications where {@code where} computes them; the numbers are the same. */
  public static ExperimentResult run(RunPlan plan, Runner where, IntConsumer progress)
      throws InterruptedException {
    long start = System.nanoTime();
    int reps = plan.replications();
    List<PolicyResult> results = new ArrayList<>();
    try (ReplicationRunner runner = new ReplicationRunner(plan, where)) {
      // one policy's accumulator at a time: frozen as soon as its last replication is folded
      runner.run(0, reps, p -> runner.newAccumulator(p, reps), (acc, p) -> results.add(acc.freeze()),
          progress);
      return new ExperimentResult(plan, results, runner.disruptions(), runner.events(),
          (System.nanoTime() - start) / 1e9);
    }
  }

  /** One replication of one policy: a fresh policy (policies keep forecasts) in a fresh world. */
  public static ReplicationResult replicate(backorder.scenario.Scenario scenario, PolicySpec spec,
      PlanningInputs inputs, int replication) {
    if (scenario.network() != null) {
      return new NetworkWorld(scenario, spec, replication).run();
    }
    return new InventoryWorld(scenario, spec.newPolicy(inputs), replication).run();
  }
}
