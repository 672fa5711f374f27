package backorder.metric;

import java.util.List;

/**
 * How a run picks the recommended policy (SPEC §5): the best mean of {@code metric} in its
 * direction among the policies meeting every constraint (all policies when none does). The metric
 * is a key, not a {@link Metric}, because a results file may name one this catalogue does not know;
 * such an objective then decides nothing.
 *
 * @param fillRateTolerance the older rule, kept for scenarios that set it: only policies whose fill
 *     rate is within this of the best may lead; NaN when not set
 */
public record Objective(String metric, boolean minimize, List<Constraint> constraints,
    double fillRateTolerance) {

  /** Default: the highest net value, no constraints. */
  public static final Objective DEFAULT =
      new Objective(Metric.NET_VALUE.key(), false, List.of(), Double.NaN);

  public Objective {
    constraints = List.copyOf(constraints);
  }

  /** An objective without constraints. */
  public static Objective of(Metric metric, boolean minimize) {
    return new Objective(metric.key(), minimize, List.of(), Double.NaN);
  }

  /** "min" or "max", as the scenario writes the direction. */
  public String direction() {
    return minimize ? "min" : "max";
  }

  /** Whether the fill-rate tolerance rule applies. */
  public boolean usesFillRateTolerance() {
    return !Double.isNaN(fillRateTolerance);
  }
}
