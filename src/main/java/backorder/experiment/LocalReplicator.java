package backorder.experiment;

import backorder.model.Planning;
import backorder.model.ReplicationResult;
import backorder.policy.PlanningInputs;
import backorder.policy.PolicySpec;
import backorder.scenario.Scenario;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Computes replications on a pool of the plan's threads in this JVM. */
final class LocalReplicator implements Replicator {

  static final Runner RUNNER = new Runner() {
    @Override
    public String name() {
      return "local";
    }

    @Override
    public Replicator open(RunPlan plan) {
      return new LocalReplicator(plan);
    }
  };

  private final Scenario scenario;
  private final List<PolicySpec> policies;
  private final PlanningInputs inputs;
  private final int window;
  private final ExecutorService pool;

  LocalReplicator(RunPlan plan) {
    scenario = plan.scenario();
    policies = plan.policies();
    inputs = Planning.inputs(scenario);
    // a bounded window of submitted replications: memory stays flat however many are asked for
    window = plan.threads() * 4;
    pool = Executors.newFixedThreadPool(plan.threads(), r -> {
      Thread t = new Thread(r, "replication");
      t.setDaemon(true);
      return t;
    });
  }

  @Override
  public Results results(int from, int to) {
    int reps = to - from;
    long tasks = (long) policies.size() * reps;
    ArrayDeque<Future<ReplicationResult>> inFlight = new ArrayDeque<>();
    long[] submitted = {0};
    return () -> {
      while (submitted[0] < tasks && inFlight.size() < window) {
        PolicySpec spec = policies.get((int) (submitted[0] / reps));
        int replication = from + (int) (submitted[0] % reps);
        inFlight.add(pool.submit(() -> Experiment.replicate(scenario, spec, inputs, replication)));
        submitted[0]++;
      }
      return get(inFlight.poll());
    };
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }

  private static ReplicationResult get(Future<ReplicationResult> f) throws InterruptedException {
    return TaskResults.get(f);
  }
}
