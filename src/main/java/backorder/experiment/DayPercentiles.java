package backorder.experiment;

import java.util.Arrays;
import org.apache.commons.math3.util.KthSelector;

/**
 * The 10th, 50th and 90th percentiles of one day's values across replications: linear
 * interpolation between order statistics (the common "type 7" definition) in the float arithmetic
 * of the values kept. Days whose values are whole numbers in a narrow range (stock levels and
 * counts nearly always are) are counted into a histogram in one pass; other days are selected with
 * Commons Math's KthSelector. Both find the same order statistics, so the bands do not depend on
 * the path taken.
 */
final class DayPercentiles {

  /** the levels, in increasing order */
  static final double[] LEVELS = {0.10, 0.50, 0.90};
  /** the pivot cache of a selection: ten levels, as Commons Math's Percentile keeps */
  private static final int PIVOTS = (1 << 10) - 1;
  /** widest range of whole numbers counted */
  private static final int MAX_RANGE = 1 << 16;
  private static final long NEGATIVE_ZERO = Double.doubleToRawLongBits(-0.0);

  private final KthSelector selector = new KthSelector();
  private final int[] pivots = new int[PIVOTS];
  private int[] counts = new int[64];
  /** the order statistics needed: below and above each level's position */
  private final int[] ranks = new int[2 * LEVELS.length];
  private final float[] atRank = new float[2 * LEVELS.length];
  /** indices into ranks in increasing rank (a level's upper rank may pass the next one's lower) */
  private final int[] byRank = new int[2 * LEVELS.length];

  /** For days of {@code n} values each (the ranks needed depend on n only). */
  DayPercentiles(int n) {
    for (int j = 0; j < LEVELS.length; j++) {
      int lo = (int) Math.floor((n - 1) * LEVELS[j]);
      ranks[2 * j] = lo;
      ranks[2 * j + 1] = Math.min(n - 1, lo + 1);
    }
    for (int k = 0; k < byRank.length; k++) {
      int j = k;
      for (; j > 0 && ranks[byRank[j - 1]] > ranks[k]; j--) {
        byRank[j] = byRank[j - 1];
      }
      byRank[j] = k;
    }
  }

  /**
   * Writes the percentiles at {@link #LEVELS} of {@code values} (n of them, as constructed; they
   * may be reordered) to {@code out}.
   */
  void of(double[] values, double[] out) {
    int n = values.length;
    if (n == 0) {
      Arrays.fill(out, Double.NaN);
      return;
    }
    if (!counted(values)) {
      Arrays.fill(pivots, -1); // the pivots found serve every selection in this day's values
      for (int k = 0; k < ranks.length; k++) {
        atRank[k] = (float) selector.select(values, pivots, ranks[k]);
      }
    }
    for (int j = 0; j < LEVELS.length; j++) {
      double h = (n - 1) * LEVELS[j];
      float low = atRank[2 * j];
      float high = atRank[2 * j + 1];
      out[j] = low + (h - ranks[2 * j]) * (high - low);
    }
  }

  /**
   * Finds the order statistics by counting when every value is a whole number (not −0.0) and the
   * range is narrow (at most about four values' worth of histogram per value); false otherwise.
   */
  private boolean counted(double[] values) {
    int n = values.length;
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double v : values) {
      if (v != (int) v || Double.doubleToRawLongBits(v) == NEGATIVE_ZERO) {
        return false; // also NaN, infinities and numbers beyond int
      }
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    double range = max - min + 1;
    if (range > MAX_RANGE || range > 4.0 * n + 64) {
      return false;
    }
    int base = (int) min;
    int width = (int) range;
    if (counts.length < width) {
      counts = new int[Math.max(width, 2 * counts.length)];
    }
    for (double v : values) {
      counts[(int) v - base]++;
    }
    int seen = 0;
    int k = 0;
    for (int i = 0; i < width; i++) {
      seen += counts[i];
      counts[i] = 0;
      while (k < byRank.length && ranks[byRank[k]] < seen) {
        atRank[byRank[k++]] = base + i; // a whole number that was a float: exact
      }
    }
    return true;
  }
}
