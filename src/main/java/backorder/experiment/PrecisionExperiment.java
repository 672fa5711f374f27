package backorder.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Runs replications in batches until a {@link PrecisionTarget} is met for every policy or its cap
 * is reached. After each batch the next count is the one the observed variance implies, the largest
 * over the policies of n = ceil((t·s/h)²), but at least 10% more than so far (no crawl of tiny
 * batches) and at most 4 times as many (a bad pilot estimate cannot run away). Replication r always
 * draws the same random streams and the accumulators fold replications in order, whatever the
 * batches, so the result equals a plain run of the final count, byte for byte.
 */
public final class PrecisionExperiment {

  /** Most a batch may multiply the replications run so far by. */
  static final double MAX_GROWTH = 4.0;
  /** Least a batch adds, as a share of the replications run so far. */
  static final double MIN_STEP = 0.1;

  private PrecisionExperiment() {}

  /** The result of the final count, and how close it came to the target. */
  public record Outcome(ExperimentResult result, PrecisionOutcome precision) {}

  /**
   * Runs a pilot of {@code target.pilot(plan.replications())} replications, then batches.
   * {@code planned} receives each planned replication count (per policy) before its batch runs;
   * {@code progress} the number of replications finished over all policies.
   *
   * @throws UnmeasurableTargetException when a policy observes the metric in no pilot replication
   */
  public static Outcome run(RunPlan plan, PrecisionTarget target, IntConsumer progress,
      IntConsumer planned) throws InterruptedException {
    return run(plan, Runner.local(), target, progress, planned);
  }

  /** As above, the replications computed where {@code where} computes them. */
  public static Outcome run(RunPlan plan, Runner where, PrecisionTarget target,
      IntConsumer progress, IntConsumer planned) throws InterruptedException {
    long start = System.nanoTime();
    int pilot = target.pilot(plan.replications());
    int count = pilot;
    List<PolicyAccumulator> accumulators = new ArrayList<>();
    try (ReplicationRunner runner = new ReplicationRunner(plan, where)) {
      for (int p = 0; p < plan.policies().size(); p++) {
        accumulators.add(runner.newAccumulator(p, count));
      }
      int done = 0;
      List<Tally.Summary> summaries;
      while (true) {
        planned.accept(count);
        for (PolicyAccumulator acc : accumulators) {
          acc.ensureCapacity(count);
        }
        runner.run(done, count, accumulators::get, (acc, p) -> { }, progress);
        done = count;
        summaries = summaries(accumulators, target);
        if (done == pilot) {
          requireObservations(plan, target, summaries, pilot);
        }
        if (widestHalfWidth(summaries) <= target.halfWidth() || done >= target.maxReplications()) {
          break;
        }
        count = nextCount(done, summaries, target.halfWidth(), target.maxReplications());
      }
      List<PolicyResult> results = accumulators.stream().map(PolicyAccumulator::freeze).toList();
      ExperimentResult result = new ExperimentResult(plan.withReplications(done), results,
          runner.disruptions(), runner.events(), (System.nanoTime() - start) / 1e9);
      double achieved = widestHalfWidth(summaries);
      return new Outcome(result, new PrecisionOutcome(target.metric().key(), target.halfWidth(),
          achieved, achieved <= target.halfWidth()));
    }
  }

  /**
   * The next replication count after {@code done}: what every policy's half-width needs, within
   * [done + 10%, 4 × done] and at most {@code cap}.
   */
  static int nextCount(int done, List<Tally.Summary> summaries, double halfWidth, int cap) {
    double needed = done;
    for (Tally.Summary s : summaries) {
      needed = Math.max(needed, replicationsNeeded(done, s, halfWidth));
    }
    double least = done + Math.max(1, Math.ceil(done * MIN_STEP));
    double most = Math.ceil(done * MAX_GROWTH);
    return (int) Math.min(cap, Math.min(most, Math.max(least, Math.ceil(needed))));
  }

  /**
   * Replications one policy needs for a half-width of {@code h}: n with t(n − 1)·s/√n ≤ h, solved by
   * a few fixed-point steps from the normal quantile, scaled by replications per observation when
   * the metric is observed in only some replications; infinite while s is undefined.
   */
  static double replicationsNeeded(int replications, Tally.Summary s, double h) {
    if (s.n() < 2 || Double.isNaN(s.sd())) {
      return Double.POSITIVE_INFINITY;
    }
    double ratio = s.sd() / h;
    double n = Math.max(2, Math.ceil(Math.pow(1.959964 * ratio, 2)));
    for (int step = 0; step < 5 && n < 1e9; step++) {
      n = Math.max(2, Math.ceil(Math.pow(Tally.tQuantile((long) n - 1) * ratio, 2)));
    }
    return n * replications / (double) s.n();
  }

  /** The largest 95% half-width over the summaries; NaN when any is undefined. */
  static double widestHalfWidth(List<Tally.Summary> summaries) {
    double widest = 0;
    for (Tally.Summary s : summaries) {
      double half = (s.ci95High() - s.ci95Low()) / 2;
      if (Double.isNaN(half)) {
        return Double.NaN;
      }
      widest = Math.max(widest, half);
    }
    return widest;
  }

  private static List<Tally.Summary> summaries(List<PolicyAccumulator> accumulators,
      PrecisionTarget target) {
    return accumulators.stream().map(a -> a.total(target.metric().ordinal())).toList();
  }

  private static void requireObservations(RunPlan plan, PrecisionTarget target,
      List<Tally.Summary> summaries, int pilot) {
    for (int p = 0; p < summaries.size(); p++) {
      if (summaries.get(p).n() == 0) {
        throw new UnmeasurableTargetException(target.metric().key() + " has no value in any of the "
            + pilot + " pilot replications of policy '" + plan.policies().get(p).name()
            + "', so its precision cannot be estimated; choose another metric");
      }
    }
  }
}
