package backorder.scenario;

import java.util.Arrays;

/**
 * A probability distribution as the scenario states it (SPEC §1 "Distributions"): the kind and its
 * parameters, with the moments that policies need to derive safety stock. Sampling lives in the
 * model, which turns a {@code Dist} into a sampler on a named random stream.
 */
public record Dist(Kind kind, double a, double b, double c, double[] values, double[] weights) {

  /** The distribution families of SPEC §1; parameter meaning per kind is given on each constant. */
  public enum Kind {
    /** a = value */ CONSTANT,
    /** a = mean */ EXPONENTIAL,
    /** a = min, b = max */ UNIFORM,
    /** a = mean, b = sd; durations truncated at 0 */ NORMAL,
    /** a = mean, b = sd of the variable itself */ LOGNORMAL,
    /** a = mean, b = sd */ GAMMA,
    /** a = min, b = mode, c = max */ TRIANGULAR,
    /** values with weights */ EMPIRICAL,
    /** a = mean (counts) */ POISSON,
    /** a = mean, support 1, 2, ... */ GEOMETRIC
  }

  public static Dist constant(double value) {
    return new Dist(Kind.CONSTANT, value, 0, 0, null, null);
  }

  /** Expected value (for a normal truncated at 0 the untruncated mean, a close upper-tail approximation). */
  public double mean() {
    return switch (kind) {
      case CONSTANT, EXPONENTIAL, NORMAL, LOGNORMAL, GAMMA, POISSON, GEOMETRIC -> a;
      case UNIFORM -> (a + b) / 2;
      case TRIANGULAR -> (a + b + c) / 3;
      case EMPIRICAL -> {
        double sw = 0, s = 0;
        for (int i = 0; i < values.length; i++) {
          sw += weights[i];
          s += weights[i] * values[i];
        }
        yield s / sw;
      }
    };
  }

  /** The largest value a draw can take: +∞ for the families without an upper bound. */
  public double max() {
    return switch (kind) {
      case CONSTANT -> a;
      case UNIFORM -> b;
      case TRIANGULAR -> c;
      case EMPIRICAL -> Arrays.stream(values).max().orElse(0);
      case EXPONENTIAL, NORMAL, LOGNORMAL, GAMMA, POISSON, GEOMETRIC -> Double.POSITIVE_INFINITY;
    };
  }

  /** Variance of the distribution. */
  public double variance() {
    return switch (kind) {
      case CONSTANT -> 0;
      case EXPONENTIAL -> a * a;
      case UNIFORM -> (b - a) * (b - a) / 12;
      case NORMAL, LOGNORMAL, GAMMA -> b * b;
      case TRIANGULAR -> (a * a + b * b + c * c - a * b - a * c - b * c) / 18;
      case POISSON -> a;
      case GEOMETRIC -> a * (a - 1); // support {1,2,..} with success p = 1/mean: (1-p)/p^2
      case EMPIRICAL -> {
        double m = mean(), sw = 0, s = 0;
        for (int i = 0; i < values.length; i++) {
          sw += weights[i];
          s += weights[i] * (values[i] - m) * (values[i] - m);
        }
        yield s / sw;
      }
    };
  }

  /** E[X^2], used for compound (order-size) demand variance. */
  public double secondMoment() {
    double m = mean();
    return variance() + m * m;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Dist d && d.kind == kind && d.a == a && d.b == b && d.c == c
        && Arrays.equals(d.values, values) && Arrays.equals(d.weights, weights);
  }

  @Override
  public int hashCode() {
    return kind.hashCode() * 31 + Double.hashCode(a) + 7 * Double.hashCode(b);
  }

  @Override
  public String toString() {
    return switch (kind) {
      case CONSTANT -> Double.toString(a);
      case EXPONENTIAL -> "exponential(mean " + a + ")";
      case UNIFORM -> "uniform(" + a + ", " + b + ")";
      case NORMAL -> "normal(" + a + ", " + b + ")";
      case LOGNORMAL -> "lognormal(" + a + ", " + b + ")";
      case GAMMA -> "gamma(" + a + ", " + b + ")";
      case TRIANGULAR -> "triangular(" + a + ", " + b + ", " + c + ")";
      case EMPIRICAL -> "empirical" + Arrays.toString(values);
      case POISSON -> "poisson(" + a + ")";
      case GEOMETRIC -> "geometric(" + a + ")";
    };
  }
}
