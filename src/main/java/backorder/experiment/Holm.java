package backorder.experiment;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Holm's step-down adjustment of a family of p-values: the k-th smallest of m becomes
 * max over j ≤ k of (m − j + 1)·p(j), capped at 1, so adjusted values keep the order of the raw ones.
 * It controls the family-wise error rate without assuming the tests independent.
 */
public final class Holm {

  private Holm() {}

  /**
   * Adjusted p-values, in the order given. NaN entries (tests that could not be made) are left NaN
   * and do not count in the family size m.
   */
  public static double[] adjust(double[] p) {
    Integer[] order = new Integer[p.length];
    int m = 0;
    for (int i = 0; i < p.length; i++) {
      if (!Double.isNaN(p[i])) {
        order[m++] = i;
      }
    }
    Integer[] tested = Arrays.copyOf(order, m);
    Arrays.sort(tested, Comparator.comparingDouble(i -> p[i]));
    double[] adjusted = new double[p.length];
    Arrays.fill(adjusted, Double.NaN);
    double running = 0;
    for (int k = 0; k < m; k++) {
      int i = tested[k];
      running = Math.max(running, Math.min(1.0, (m - k) * p[i]));
      adjusted[i] = running;
    }
    return adjusted;
  }
}
