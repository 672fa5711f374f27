package backorder.experiment.optimize;

import backorder.experiment.Tally;
import backorder.metric.Constraint;
import backorder.metric.Metric;
import java.util.List;

/**
 * What the optimizer looks for: the best mean of one metric in one direction among the settings
 * whose means meet every constraint (SPEC §5's rule applied to settings instead of policies).
 */
public record Goal(Metric metric, boolean minimize, List<Constraint> constraints) {

  public Goal {
    constraints = List.copyOf(constraints);
  }

  /** "min" or "max", as optimum.json writes the direction. */
  public String direction() {
    return minimize ? "min" : "max";
  }

  /** Whether every constraint holds on the means (an undefined mean never does). */
  public boolean feasible(Tally.Summary[] totals) {
    return constraints.stream().allMatch(c -> c.holds(totals[c.metric().ordinal()].mean()));
  }

  /**
   * How far the means are from meeting the constraints: the sum of each failed constraint's
   * shortfall divided by max(1, |bound|), infinite when a constrained metric has no value; 0 when feasible.
   */
  public double violation(Tally.Summary[] totals) {
    double sum = 0;
    for (Constraint c : constraints) {
      double mean = totals[c.metric().ordinal()].mean();
      if (Double.isNaN(mean)) {
        return Double.POSITIVE_INFINITY;
      }
      if (!c.holds(mean)) {
        // a strict bound met with equality still fails: count it as a hair short
        sum += Math.max(Math.abs(mean - c.value()), 1e-12) / Math.max(1, Math.abs(c.value()));
      }
    }
    return sum;
  }

  /** A mean turned into "smaller is better", so one comparison serves both directions. */
  double loss(double mean) {
    return minimize ? mean : -mean;
  }
}
