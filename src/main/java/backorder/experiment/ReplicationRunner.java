package backorder.experiment;

import backorder.model.DisruptionWindow;
import backorder.model.ReplicationResult;
import backorder.policy.PolicySpec;
import backorder.scenario.Location;
import backorder.scenario.Product;
import backorder.scenario.Scenario;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import java.util.function.ObjIntConsumer;

/**
 * Runs a range of replications of every policy through a {@link Replicator} (local threads or a
 * cluster) and folds each policy's results into its accumulator in replication order, so the
 * numbers are the same for any thread count or runner and a later range extends an earlier one
 * exactly.
 */
final class ReplicationRunner implements AutoCloseable {

  private final List<PolicySpec> policies;
  private final List<String> skus;
  private final List<String> locations;
  private final int days;
  private final Replicator replicator;
  private List<DisruptionWindow> disruptions;
  private long events;
  private int done;

  ReplicationRunner(RunPlan plan, Runner runner) {
    Scenario scenario = plan.scenario();
    policies = plan.policies();
    skus = scenario.products().stream().map(Product::sku).toList();
    locations = scenario.network() == null ? List.of()
        : scenario.network().locations().stream().map(Location::name).toList();
    days = (int) Math.ceil(scenario.horizonDays());
    replicator = runner.open(plan);
  }

  /** A fresh accumulator for the policy at {@code index}, with room for {@code replications}. */
  PolicyAccumulator newAccumulator(int index, int replications) {
    PolicySpec spec = policies.get(index);
    return new PolicyAccumulator(spec.name(), spec.type(), skus, replications, days, locations);
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
    Replicator.Results results = replicator.results(from, to);
    PolicyAccumulator acc = null;
    for (long task = 0; task < tasks; task++) {
      int policy = (int) (task / reps);
      if (task % reps == 0) {
        acc = accumulatorOf.apply(policy);
      }
      ReplicationResult r = results.next();
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
    replicator.close();
  }
}
