package backorder.experiment;

import backorder.model.DailySeries;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * {@code --warmup auto}: a pilot of the run's replications without warm-up, then {@link Mser5} on
 * each policy's across-replication mean of the daily total backlog. The warm-up is the largest
 * truncation over the policies, so that no policy's counted period starts inside its transient.
 */
public final class AutoWarmup {

  private AutoWarmup() {}

  /**
   * The chosen warm-up in days, each policy's own MSER-5 truncation, and the pilot (whose numbers
   * are those of the final run when the warm-up chosen is 0).
   */
  public record Choice(int days, Map<String, Integer> daysByPolicy, ExperimentResult pilot) {}

  /**
   * Whether a truncation of {@code days} is the most MSER-5 may choose over {@code horizonDays}
   * (half the batches): then the series shows no steady state within the horizon.
   */
  public static boolean atLimit(int days, double horizonDays) {
    int batches = (int) Math.ceil(horizonDays) / Mser5.BATCH;
    return days > 0 && days == Mser5.BATCH * (batches / 2);
  }

  /** Runs the pilot of {@code plan} (its warm-up set to 0) in this JVM and chooses the warm-up. */
  public static Choice choose(RunPlan plan, IntConsumer progress) throws InterruptedException {
    return choose(plan, Runner.local(), progress);
  }

  /** As above, the pilot's replications computed where {@code where} computes them. */
  public static Choice choose(RunPlan plan, Runner where, IntConsumer progress)
      throws InterruptedException {
    ExperimentResult pilot = Experiment.run(plan.withWarmupDays(0), where, progress);
    Map<String, Integer> byPolicy = new LinkedHashMap<>();
    int days = 0;
    for (PolicyResult p : pilot.policies()) {
      int truncation = Mser5.truncation(p.daily().mean()[DailySeries.BACKLOG_UNITS.ordinal()]);
      byPolicy.put(p.name(), truncation);
      days = Math.max(days, truncation);
    }
    return new Choice(days, Collections.unmodifiableMap(byPolicy), pilot);
  }
}
