package backorder.experiment;

import backorder.model.DisruptionWindow;
import backorder.model.Planning;
import backorder.model.ReplicationResult;
import backorder.policy.PlanningInputs;
import backorder.policy.PolicySpec;
import backorder.scenario.Product;
import backorder.scenario.Scenario;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import java.util.function.ObjIntConsumer;

/**
 * Runs a range of replications of every policy on a thread pool and folds each policy's results
 * into its accumulator in replication order, so the numbers are the same for any thread count and
 * a later range extends an earlier one exactly.
 */
final class ReplicationRunner implements AutoCloseable {

  private final Scenario scenario;
  private final List<PolicySpec> policies;
  private final PlanningInputs inputs;
  private final List<String> skus;
  private final int days;
  private final int window;
  private final ExecutorService pool;
  private List<DisruptionWindow> disruptions;
  private long events;
  private int done;

  ReplicationRunner(RunPlan plan) {
    scenario = plan.scenario();
    policies = plan.policies();
    inputs = Planning.inputs(scenario);
    skus = scenario.products().stream().map(Product::sku).toList();
    days = (int) Math.ceil(scenario.horizonDays());
    // a bounded window of submitted replications: memory stays flat however many are asked for
    window = plan.threads() * 4;
    pool = Executors.newFixedThreadPool(plan.threads(), r -> {
      Thread t = new Thread(r, "replication");
      t.setDaemon(true);
      return t;
    });
  }

  /** A fresh accumulator for the policy at {@code index}, with room for {@code replications}. */
  PolicyAccumulator newAccumulator(int index, int replications) {
    PolicySpec spec = policies.get(index);
    return new PolicyAccumulator(spec.name(), spec.type(), skus, replications, days);
  }

  /**
   * Runs replications [from, to) of each policy in turn, folding them into
   * {@code accumulatorOf.apply(policy)} and calling {@code whenPolicyDone} after each policy's last
   * one; {@code progress} receives the number of replications finished by this runner so far.
   */
  void run(int from, int to, IntFunction<PolicyAccumulator> accumulatorOf,
      ObjIntConsumer<PolicyAccumulator> whenPolicyDone, IntConsumer progress)
      throws InterruptedException {
    int reps = to - from;
    long tasks = (long) policies.size() * reps;
    ArrayDeque<Future<ReplicationResult>> inFlight = new ArrayDeque<>();
    long submitted = 0;
    PolicyAccumulator acc = null;
    for (long task = 0; task < tasks; task++) {
      while (submitted < tasks && inFlight.size() < window) {
        PolicySpec spec = policies.get((int) (submitted / reps));
        int replication = from + (int) (submitted % reps);
        inFlight.add(pool.submit(() -> Experiment.replicate(scenario, spec, inputs, replication)));
        submitted++;
      }
      int policy = (int) (task / reps);
      if (task % reps == 0) {
        acc = accumulatorOf.apply(policy);
      }
      ReplicationResult r = get(inFlight.poll());
      if (disruptions == null) {
        disruptions = r.disruptions();
      }
      events += r.events();
      acc.add(r);
      progress.accept(++done);
      if (task % reps == reps - 1) {
        whenPolicyDone.accept(acc, policy);
      }
    }
  }

  /** The disruption windows of the first replication folded (replication 0 of the first policy). */
  List<DisruptionWindow> disruptions() {
    return disruptions == null ? List.of() : disruptions;
  }

  /** Events fired over every replication this runner ran. */
  long events() {
    return events;
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }

  private static ReplicationResult get(Future<ReplicationResult> f) throws InterruptedException {
    return TaskResults.get(f);
  }
}
