package backorder.experiment;

import backorder.model.InventoryWorld;
import backorder.model.Planning;
import backorder.model.ReplicationResult;
import backorder.policy.PlanningInputs;
import backorder.policy.PolicySpec;
import backorder.scenario.Product;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/**
 * Runs every chosen policy over the replications on common random numbers: replication r of every
 * policy sees the same named random streams. Replications run on a thread pool; results are folded
 * in (policy, replication) order, so the numbers are identical for any thread count.
 */
public final class Experiment {

  private Experiment() {}

  /** Runs the plan; {@code progress} receives the number of finished replications. */
  public static ExperimentResult run(RunPlan plan, IntConsumer progress) throws InterruptedException {
    long start = System.nanoTime();
    var scenario = plan.scenario();
    PlanningInputs inputs = Planning.inputs(scenario);
    List<String> skus = scenario.products().stream().map(Product::sku).toList();
    int days = (int) Math.ceil(scenario.horizonDays());
    ExecutorService pool = Executors.newFixedThreadPool(plan.threads(), r -> {
      Thread t = new Thread(r, "replication");
      t.setDaemon(true);
      return t;
    });
    try {
      List<PolicySpec> policies = plan.policies();
      int reps = plan.replications();
      long tasks = (long) policies.size() * reps;
      // a bounded window of submitted replications: memory stays flat however many are asked for
      int window = plan.threads() * 4;
      ArrayDeque<Future<ReplicationResult>> inFlight = new ArrayDeque<>();
      long submitted = 0;
      List<PolicyResult> results = new ArrayList<>();
      List<backorder.model.DisruptionWindow> windows = List.of();
      long events = 0;
      int done = 0;
      PolicyAccumulator acc = null;
      for (long task = 0; task < tasks; task++) {
        while (submitted < tasks && inFlight.size() < window) {
          PolicySpec spec = policies.get((int) (submitted / reps));
          int replication = (int) (submitted % reps);
          inFlight.add(pool.submit(() -> replicate(scenario, spec, inputs, replication)));
          submitted++;
        }
        int policy = (int) (task / reps);
        if (task % reps == 0) {
          PolicySpec spec = policies.get(policy);
          acc = new PolicyAccumulator(spec.name(), spec.type(), skus, reps, days);
        }
        ReplicationResult r = get(inFlight.poll());
        if (task == 0) {
          windows = r.disruptions();
        }
        events += r.events();
        acc.add(r);
        progress.accept(++done);
        if (task % reps == reps - 1) {
          results.add(acc.freeze());
        }
      }
      return new ExperimentResult(plan, results, windows, events,
          (System.nanoTime() - start) / 1e9);
    } finally {
      pool.shutdownNow();
    }
  }

  /** One replication of one policy: a fresh policy (policies keep forecasts) in a fresh world. */
  public static ReplicationResult replicate(backorder.scenario.Scenario scenario, PolicySpec spec,
      PlanningInputs inputs, int replication) {
    return new InventoryWorld(scenario, spec.newPolicy(inputs), replication).run();
  }

  private static ReplicationResult get(Future<ReplicationResult> f) throws InterruptedException {
    try {
      return f.get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    }
  }
}
