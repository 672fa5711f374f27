package backorder.scenario;

/**
 * A range rule for a number: {@link #test} returns null when the value is allowed, else the
 * requirement as a message (e.g. {@code "must be >= 0"}); the caller appends what it got.
 */
@FunctionalInterface
interface Check {

  String test(double value);

  Check ANY = v -> null;

  static Check atLeast(double min) {
    return v -> v >= min ? null : "must be >= " + format(min);
  }

  static Check above(double min) {
    return v -> v > min ? null : "must be > " + format(min);
  }

  static Check atMost(double max) {
    return v -> v <= max ? null : "must be <= " + format(max);
  }

  /** Closed interval [lo, hi]. */
  static Check between(double lo, double hi) {
    return v -> v >= lo && v <= hi ? null : "must be between " + format(lo) + " and " + format(hi);
  }

  /** Open interval (lo, hi). */
  static Check strictlyBetween(double lo, double hi) {
    return v -> v > lo && v < hi ? null
        : "must be > " + format(lo) + " and < " + format(hi);
  }

  /**
   * The largest quantity of units a scenario may state: far beyond any stock, small enough that
   * sums of units never overflow.
   */
  double MAX_UNITS = 1e12;

  /** Units that may be negative (a reorder point below zero), within {@link #MAX_UNITS}. */
  Check UNITS_RANGE = between(-MAX_UNITS, MAX_UNITS);

  /** A probability: [0, 1]. */
  Check PROBABILITY = between(0, 1);

  /** Smoothing constants: (0, 1]. */
  Check SMOOTHING = v -> v > 0 && v <= 1 ? null : "must be > 0 and <= 1";

  default Check and(Check other) {
    return v -> {
      String first = test(v);
      return first != null ? first : other.test(v);
    };
  }

  /** A number as a person would write it: 0 not 0.0, 1e-9 rather than 1.0E-9. */
  static String format(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return Double.toString(v).replace("E", "e");
  }
}
