package backorder.experiment;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * The paired Student-t comparison of two policies on one metric: the differences a[r] − b[r] of the
 * replications r where both values are defined (common random numbers pair them), their mean,
 * standard deviation, 95% interval of the mean and two-sided p-value of "mean difference = 0".
 *
 * <p>NaN marks what is undefined: everything when no pair exists; sd, interval and p with one pair;
 * p when every difference is exactly zero (nothing to test). Differences that are all equal but not
 * zero give sd 0, a zero-width interval and p = 0.
 *
 * @param n replications with a value under both policies
 */
public record PairedComparison(int n, double meanDiff, double sdDiff, double ci95Low,
    double ci95High, double pValue) {

  private static final Map<Integer, TDistribution> T = new ConcurrentHashMap<>();

  /** Pairs {@code a[r]} with {@code b[r]}, skipping replications where either is NaN or infinite. */
  public static PairedComparison of(double[] a, double[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException("paired samples differ in length: " + a.length + " vs " + b.length);
    }
    double[] d = new double[a.length];
    int n = 0;
    for (int r = 0; r < a.length; r++) {
      if (Double.isFinite(a[r]) && Double.isFinite(b[r])) {
        d[n++] = a[r] - b[r];
      }
    }
    return ofDifferences(d, n);
  }

  /** The comparison of the first {@code n} differences in {@code d}. */
  static PairedComparison ofDifferences(double[] d, int n) {
    if (n == 0) {
      return new PairedComparison(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }
    double sum = 0;
    for (int i = 0; i < n; i++) {
      sum += d[i];
    }
    double mean = sum / n;
    if (n == 1) {
      return new PairedComparison(1, mean, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }
    double ss = 0;
    for (int i = 0; i < n; i++) {
      ss += (d[i] - mean) * (d[i] - mean);
    }
    double sd = Math.sqrt(ss / (n - 1));
    TDistribution t = T.computeIfAbsent(n - 1, df -> new TDistribution(null, df));
    double se = sd / Math.sqrt(n);
    double half = t.inverseCumulativeProbability(0.975) * se;
    double p;
    if (sd == 0) {
      p = mean == 0 ? Double.NaN : 0.0;
    } else {
      p = 2.0 * t.cumulativeProbability(-Math.abs(mean / se));
    }
    return new PairedComparison(n, mean, sd, mean - half, mean + half, p);
  }

  /** The same comparison seen from the other side: baseline minus policy. */
  public PairedComparison reversed() {
    // 0 − x, not −x: a zero difference reads 0.0 in both orders, not -0.0 in the mirrored one
    return new PairedComparison(n, 0.0 - meanDiff, sdDiff, 0.0 - ci95High, 0.0 - ci95Low, pValue);
  }
}
