package backorder.experiment;

/**
 * MSER-5 warm-up truncation (White 1997; White, Cobb and Spratt 2000): average the series in
 * batches of 5, and drop the d leading batches, d ≤ n/2, that minimise the marginal standard error
 * MSER(d) = Σ_{i>d} (Y_i − Ȳ_d)² / (n − d)², where Ȳ_d is the mean of the batches kept.
 */
public final class Mser5 {

  /** Values per batch. */
  public static final int BATCH = 5;

  private Mser5() {}

  /** Leading values to drop: 5 × the chosen number of batches. */
  public static int truncation(double[] series) {
    return BATCH * truncationBatches(batchMeans(series));
  }

  /** Means of consecutive groups of 5; trailing values that do not fill a batch are left out. */
  static double[] batchMeans(double[] series) {
    double[] means = new double[series.length / BATCH];
    for (int i = 0; i < means.length; i++) {
      double sum = 0;
      for (int k = 0; k < BATCH; k++) {
        sum += series[i * BATCH + k];
      }
      means[i] = sum / BATCH;
    }
    return means;
  }

  /**
   * The d in [0, n/2] minimising MSER(d), the smallest on ties. The sums of squares of every suffix
   * come from one backward pass of Welford's update: O(n), and stable on long flat series.
   */
  static int truncationBatches(double[] batches) {
    int n = batches.length;
    double mean = 0;
    double squares = 0;
    int best = 0;
    double bestMser = Double.POSITIVE_INFINITY;
    for (int d = n - 1; d >= 0; d--) {
      int kept = n - d;
      double delta = batches[d] - mean;
      mean += delta / kept;
      squares += delta * (batches[d] - mean);
      if (d <= n / 2) {
        double mser = squares / ((double) kept * kept);
        if (mser <= bestMser) {
          bestMser = mser;
          best = d;
        }
      }
    }
    return best;
  }
}
