package backorder.random;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AhrensDieterMarsagliaTsangGammaSampler;
import org.apache.commons.rng.sampling.distribution.GeometricSampler;
import org.apache.commons.rng.sampling.distribution.PoissonSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * Samplers of the scenario's distribution families, parameterised as SPEC §1 states them. Our own
 * transcendental functions use StrictMath: Math may differ in the last bit between JVMs and CPUs,
 * and the same seed must give the same numbers on every machine.
 */
public final class Samplers {

  private Samplers() {}

  public static Sampler constant(double value) {
    return () -> value;
  }

  public static Sampler exponential(UniformRandomProvider rng, double mean) {
    var z = ZigguratSampler.Exponential.of(rng, mean);
    return z::sample;
  }

  public static Sampler uniform(UniformRandomProvider rng, double min, double max) {
    return () -> min + (max - min) * rng.nextDouble();
  }

  /** Normal truncated at 0 (values below 0 are redrawn), as durations and sizes need. */
  public static Sampler normalTruncatedAtZero(UniformRandomProvider rng, double mean, double sd) {
    var z = ZigguratSampler.NormalizedGaussian.of(rng);
    return () -> {
      for (int i = 0; i < 1000; i++) {
        double x = mean + sd * z.sample();
        if (x >= 0) {
          return x;
        }
      }
      return 0; // mean far below 0: the truncated mass sits at 0
    };
  }

  /** Lognormal with the mean and sd of the variable itself. */
  public static Sampler lognormal(UniformRandomProvider rng, double mean, double sd) {
    double sigma2 = lognormalSigma2(mean, sd);
    double mu = StrictMath.log(mean) - sigma2 / 2;
    double sigma = Math.sqrt(sigma2);
    var z = ZigguratSampler.NormalizedGaussian.of(rng);
    return () -> StrictMath.exp(mu + sigma * z.sample());
  }

  /** Gamma with the given mean and sd (shape = mean²/sd², scale = sd²/mean). */
  public static Sampler gamma(UniformRandomProvider rng, double mean, double sd) {
    if (sd == 0) {
      return constant(mean);
    }
    var g = AhrensDieterMarsagliaTsangGammaSampler.of(rng, gammaShape(mean, sd), gammaScale(mean, sd));
    return g::sample;
  }

  /** The variance of the log of a lognormal with this mean and sd (the scenario check uses it too). */
  public static double lognormalSigma2(double mean, double sd) {
    return StrictMath.log1p((sd * sd) / (mean * mean));
  }

  /** A gamma's shape for this mean and sd: mean²/sd². */
  public static double gammaShape(double mean, double sd) {
    return mean * mean / (sd * sd);
  }

  /** A gamma's scale for this mean and sd: sd²/mean. */
  public static double gammaScale(double mean, double sd) {
    return sd * sd / mean;
  }

  public static Sampler triangular(UniformRandomProvider rng, double min, double mode, double max) {
    double range = max - min;
    double split = range == 0 ? 0 : (mode - min) / range;
    return () -> {
      double u = rng.nextDouble();
      if (range == 0) {
        return min;
      }
      return u < split
          ? min + Math.sqrt(u * range * (mode - min))
          : max - Math.sqrt((1 - u) * range * (max - mode));
    };
  }

  /** One of {@code values}, chosen with probability proportional to {@code weights}. */
  public static Sampler empirical(UniformRandomProvider rng, double[] values, double[] weights) {
    double[] cumulative = new double[weights.length];
    double total = 0;
    for (int i = 0; i < weights.length; i++) {
      total += weights[i];
      cumulative[i] = total;
    }
    double sum = total;
    return () -> {
      double u = rng.nextDouble() * sum;
      int lo = 0;
      int hi = cumulative.length - 1;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (cumulative[mid] > u) {
          hi = mid;
        } else {
          lo = mid + 1;
        }
      }
      return values[lo];
    };
  }

  public static Sampler poisson(UniformRandomProvider rng, double mean) {
    var p = PoissonSampler.of(rng, mean);
    return p::sample;
  }

  /** Geometric on 1, 2, 3, ... with the given mean (at least 1). */
  public static Sampler geometricFromOne(UniformRandomProvider rng, double mean) {
    if (mean <= 1) {
      return constant(1);
    }
    var g = GeometricSampler.of(rng, 1 / mean);
    return () -> 1 + g.sample();
  }
}
