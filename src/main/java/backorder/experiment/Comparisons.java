package backorder.experiment;

import backorder.metric.Metric;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Every policy against every other on every metric, paired by replication (SPEC §5).
 *
 * <p>Rows come for every ordered pair (A, B), A ≠ B, so a reader looks up "A against baseline B"
 * directly; the two orders of one pair are one test (same p, mirrored difference and interval), so
 * Holm's family for a metric is its unordered pairs, m = P(P − 1)/2 less the untestable ones. Rows
 * are ordered by policy, then baseline (both in scenario order), then metric (registry order).
 */
public record Comparisons(List<Comparison> rows) {

  /** Copies the rows. */
  public Comparisons {
    rows = List.copyOf(rows);
  }

  /** All pairs on every metric of the registry. */
  public static Comparisons of(List<PolicyResult> policies) {
    return of(policies, Arrays.asList(Metric.values()));
  }

  /** All pairs on the given metrics (each metric's family is the same whatever else is asked). */
  public static Comparisons of(List<PolicyResult> policies, List<Metric> metrics) {
    int n = policies.size();
    // [metric][a][b] for a < b: the test of a − b, then its Holm-adjusted p
    PairedComparison[][][] tests = new PairedComparison[metrics.size()][n][n];
    double[][][] adjusted = new double[metrics.size()][n][n];
    for (int k = 0; k < metrics.size(); k++) {
      family(policies, metrics.get(k), tests[k], adjusted[k]);
    }
    List<Comparison> rows = new ArrayList<>();
    for (int a = 0; a < n; a++) {
      for (int b = 0; b < n; b++) {
        if (a == b) {
          continue;
        }
        for (int k = 0; k < metrics.size(); k++) {
          int lo = Math.min(a, b);
          int hi = Math.max(a, b);
          PairedComparison t = a < b ? tests[k][lo][hi] : tests[k][lo][hi].reversed();
          rows.add(new Comparison(policies.get(a).name(), policies.get(b).name(), metrics.get(k), t,
              adjusted[k][lo][hi]));
        }
      }
    }
    return new Comparisons(rows);
  }

  /** The row of {@code policy} against {@code baseline} on {@code metric}, or null. */
  public Comparison find(String policy, String baseline, Metric metric) {
    for (Comparison c : rows) {
      if (c.metric() == metric && c.policy().equals(policy) && c.baseline().equals(baseline)) {
        return c;
      }
    }
    return null;
  }

  /** Tests every unordered pair a < b on one metric and Holm-adjusts them as one family. */
  private static void family(List<PolicyResult> policies, Metric metric, PairedComparison[][] tests,
      double[][] adjusted) {
    int n = policies.size();
    double[][] columns = new double[n][];
    for (int a = 0; a < n; a++) {
      columns[a] = column(policies.get(a), metric);
    }
    double[] p = new double[n * (n - 1) / 2];
    int i = 0;
    for (int a = 0; a < n; a++) {
      for (int b = a + 1; b < n; b++) {
        tests[a][b] = PairedComparison.of(columns[a], columns[b]);
        p[i++] = tests[a][b].pValue();
      }
    }
    double[] holm = Holm.adjust(p);
    i = 0;
    for (int a = 0; a < n; a++) {
      for (int b = a + 1; b < n; b++) {
        adjusted[a][b] = holm[i++];
      }
    }
  }

  private static double[] column(PolicyResult p, Metric metric) {
    double[][] rows = p.replicationTotals();
    double[] v = new double[rows.length];
    for (int r = 0; r < rows.length; r++) {
      v[r] = rows[r][metric.ordinal()];
    }
    return v;
  }
}
