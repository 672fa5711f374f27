package backorder.experiment;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * Observations of one quantity across replications (Welford's running mean and variance). NaN
 * observations (a metric with nothing to measure in that replication) are skipped. Fed in a fixed
 * order, so the result does not depend on which thread produced which replication.
 */
public final class Tally {

  private long n;
  private double mean;
  private double m2;

  public void add(double x) {
    if (Double.isNaN(x)) {
      return;
    }
    n++;
    double delta = x - mean;
    mean += delta / n;
    m2 += delta * (x - mean);
  }

  /** Merges another tally (Chan et al.'s parallel formula), for partial results from elsewhere. */
  public void combine(Tally o) {
    if (o.n == 0) {
      return;
    }
    long total = n + o.n;
    double delta = o.mean - mean;
    mean += delta * o.n / total;
    m2 += o.m2 + delta * delta * n * o.n / total;
    n = total;
  }

  public Summary summary() {
    if (n == 0) {
      return new Summary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }
    if (n == 1) {
      return new Summary(1, mean, Double.NaN, Double.NaN, Double.NaN);
    }
    double sd = Math.sqrt(m2 / (n - 1));
    double half = tQuantile(n - 1) * sd / Math.sqrt(n);
    return new Summary(n, mean, sd, mean - half, mean + half);
  }

  private static final java.util.Map<Long, Double> T975 = new java.util.concurrent.ConcurrentHashMap<>();

  /** The 97.5% quantile of Student's t with these degrees of freedom (cached: a run asks for few). */
  static double tQuantile(long degreesOfFreedom) {
    return T975.computeIfAbsent(degreesOfFreedom,
        df -> new TDistribution(df).inverseCumulativeProbability(0.975));
  }

  /**
   * A frozen summary: mean, sample standard deviation and the Student-t 95% interval of the mean
   * (NaN where undefined: no observation, or one).
   */
  public record Summary(long n, double mean, double sd, double ci95Low, double ci95High) {}
}
