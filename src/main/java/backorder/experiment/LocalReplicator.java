package backorder.experiment;

import backorder.model.EventEstimate;
import backorder.model.Planning;
import backorder.model.ReplicationResult;
import backorder.policy.PlanningInputs;
import backorder.policy.PolicySpec;
import backorder.scenario.Scenario;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Computes replications on a pool of the plan's threads in this JVM. Small replications go several
 * to a task: handing a task to a worker and its result back costs tens of microseconds, which a
 * one-product model's replication (a few hundred events) does not cover (10,000 replications of
 * one took as long on two threads as on one).
 */
final class LocalReplicator implements Replicator {

  /** Events a task aims at when replications are small; a replication larger than that is a task. */
  private static final double EVENTS_PER_TASK = 200_000;

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
  /** per policy, replications per task as its expected size asks (1 for W2's) */
  private final int[] perTask;
  private final ExecutorService pool;

  LocalReplicator(RunPlan plan) {
    scenario = plan.scenario();
    policies = plan.policies();
    inputs = Planning.inputs(scenario);
    // a bounded window of submitted tasks: memory stays flat however many replications are asked for
    window = plan.threads() * 4;
    perTask = new int[policies.size()];
    for (int i = 0; i < perTask.length; i++) {
      double events = EventEstimate.perReplication(scenario, policies.get(i), inputs);
      perTask[i] = (int) Math.max(1, Math.min(1_000, EVENTS_PER_TASK / Math.max(1, events)));
    }
    pool = Executors.newFixedThreadPool(plan.threads(), r -> {
      Thread t = new Thread(r, "replication");
      t.setDaemon(true);
      return t;
    });
  }

  @Override
  public Results results(int from, int to) {
    ArrayDeque<Future<List<ReplicationResult>>> inFlight = new ArrayDeque<>();
    // at least a window of tasks per policy, so that no thread waits alone for a long last one
    int fewest = (int) Math.max(1, Math.ceil((to - from) / (double) window));
    return new Results() {
      private int policy = from < to ? 0 : policies.size();
      private int next = from;
      private Iterator<ReplicationResult> current = Collections.emptyIterator();

      @Override
      public ReplicationResult next() throws InterruptedException {
        while (policy < policies.size() && inFlight.size() < window) {
          PolicySpec spec = policies.get(policy);
          int first = next;
          int count = Math.min(Math.min(perTask[policy], fewest), to - first);
          inFlight.add(pool.submit(() -> replicate(spec, first, count)));
          next += count;
          if (next == to) {
            policy++;
            next = from;
          }
        }
        if (!current.hasNext()) {
          current = get(inFlight.poll()).iterator();
        }
        return current.next();
      }
    };
  }

  /** Replications [first, first + count) of one policy, in order. */
  private List<ReplicationResult> replicate(PolicySpec spec, int first, int count) {
    List<ReplicationResult> results = new ArrayList<>(count);
    for (int r = first; r < first + count; r++) {
      results.add(Experiment.replicate(scenario, spec, inputs, r));
    }
    return results;
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }

  private static List<ReplicationResult> get(Future<List<ReplicationResult>> f)
      throws InterruptedException {
    return TaskResults.get(f);
  }
}
