package backorder.metric;

/**
 * How the report picks the recommended policy: the metric to optimise, its direction and the
 * fill-rate tolerance. The metric is a key, not a {@link Metric}, because a results file may name
 * one this catalogue does not know; such an objective then decides nothing.
 */
public record Objective(String metric, boolean minimize, double fillRateTolerance) {

  /** Default: lowest total cost among policies whose fill rate is within 1 point of the best. */
  public static final Objective DEFAULT = new Objective(Metric.TOTAL_COST.key(), true, 0.01);

  /** Whether the fill-rate tolerance applies (only when optimising total cost). */
  public boolean usesFillRateTolerance() {
    return Metric.TOTAL_COST.key().equals(metric);
  }
}
