package backorder.experiment;

import backorder.metric.Metric;

/**
 * What {@code run --target-halfwidth} asks for: add replications until the Student-t 95% half-width
 * of {@code metric} is at most {@code halfWidth} for every policy, or {@code maxReplications} are run.
 */
public record PrecisionTarget(Metric metric, double halfWidth, int maxReplications) {

  /** The cap when --max-replications is not given (SPEC §5). */
  public static final int DEFAULT_MAX_REPLICATIONS = 10_000;
  /** The smallest pilot: fewer replications give too rough a variance estimate to plan from. */
  public static final int MIN_PILOT = 10;

  public PrecisionTarget {
    if (!(halfWidth > 0) || Double.isInfinite(halfWidth)) {
      throw new IllegalArgumentException("half-width must be a positive number, got " + halfWidth);
    }
  }

  /**
   * The pilot's replication count for a run that asked for {@code replications}: at least
   * MIN_PILOT, and never above the cap (SPEC §5: the cap ends the run, so a cap below the pilot is
   * a run of the cap's count).
   */
  public int pilot(int replications) {
    return Math.min(Math.max(replications, MIN_PILOT), maxReplications);
  }
}
