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

  /**
   * The largest amount of money per unit, per unit-day or per order a scenario may state: far
   * beyond any price, small enough that money totals (amount x units x days) stay finite.
   */
  double MAX_MONEY = 1e9;

  /** Money per unit, unit-day or order: [0, {@link #MAX_MONEY}]. */
  Check MONEY = atLeast(0).and(v -> v <= MAX_MONEY ? null
      : "must be <= 1e9 (money amounts are bounded so that totals stay finite)");

  /** The longest span in days a scenario may state (as long as the longest horizon). */
  double MAX_DAYS = 1_000_000;

  /** A number of days at most {@link #MAX_DAYS}: a longer span cannot matter within a run. */
  Check DAYS_CEILING = v -> v <= MAX_DAYS ? null
      : "must be <= 1000000 (days: the longest horizon allowed)";

  /** A number of days: [0, {@link #MAX_DAYS}]. */
  Check DAYS = atLeast(0).and(DAYS_CEILING);

  /** The most units one customer order may hold (a draw above it is refused at the parameters). */
  double MAX_ORDER_UNITS = 1_000_000;

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
