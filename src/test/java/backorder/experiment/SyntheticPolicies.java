package backorder.experiment;

import backorder.metric.Metric;
import java.util.List;

/** Hand-made policy results: per-replication values of a few metrics, every other metric 0. */
final class SyntheticPolicies {

  private SyntheticPolicies() {}

  /** A policy whose replication r has {@code values[k][r]} for {@code metrics[k]}. */
  static PolicyResult policy(String name, List<Metric> metrics, double[]... values) {
    int reps = values[0].length;
    double[][] rows = new double[reps][Metric.COUNT];
    for (int k = 0; k < metrics.size(); k++) {
      for (int r = 0; r < reps; r++) {
        rows[r][metrics.get(k).ordinal()] = values[k][r];
      }
    }
    Tally.Summary[] totals = new Tally.Summary[Metric.COUNT];
    for (int m = 0; m < Metric.COUNT; m++) {
      Tally t = new Tally();
      for (double[] row : rows) {
        t.add(row[m]);
      }
      totals[m] = t.summary();
    }
    return new PolicyResult(name, "reorder_point", totals, new Tally.Summary[0][], rows, null,
        new double[0], List.of());
  }

  /** A policy with one metric's values. */
  static PolicyResult policy(String name, Metric metric, double... values) {
    return policy(name, List.of(metric), values);
  }
}
