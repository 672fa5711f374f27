package backorder.scenario;

/**
 * A range rule for a number: {@link #test} returns null when the value is allowed, else the
 * requirement as a message (e.g. {@code "must be >= 0"}); the caller appends what it got.
 */
@FunctionalInterface
interface Check {

  String test(double value);

  /** Allows every value, NaN included. */
  Check ANY = new Check() {
    @Override
    public String test(double value) {
      return null;
    }
  };

  static Check atLeast(double min) {
    return new Range(Shape.AT_LEAST, min, Double.NaN, null);
  }

  static Check above(double min) {
    return new Range(Shape.ABOVE, min, Double.NaN, null);
  }

  static Check atMost(double max) {
    return new Range(Shape.AT_MOST, Double.NaN, max, null);
  }

  /** Closed interval [lo, hi]. */
  static Check between(double lo, double hi) {
    return new Range(Shape.BETWEEN, lo, hi, null);
  }

  /** Open interval (lo, hi). */
  static Check strictlyBetween(double lo, double hi) {
    return new Range(Shape.STRICTLY_BETWEEN, lo, hi, null);
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
  Check MONEY = atLeast(0).and(new Range(Shape.AT_MOST, Double.NaN, MAX_MONEY,
      "must be <= 1e9 (money amounts are bounded so that totals stay finite)"));

  /** The longest span in days a scenario may state (as long as the longest horizon). */
  double MAX_DAYS = 1_000_000;

  /** A number of days at most {@link #MAX_DAYS}: a longer span cannot matter within a run. */
  Check DAYS_CEILING = new Range(Shape.AT_MOST, Double.NaN, MAX_DAYS,
      "must be <= 1000000 (days: the longest horizon allowed)");

  /** A number of days: [0, {@link #MAX_DAYS}]. */
  Check DAYS = atLeast(0).and(DAYS_CEILING);

  /** The most units one customer order may hold (a draw above it is refused at the parameters). */
  double MAX_ORDER_UNITS = 1_000_000;

  /** A probability: [0, 1]. */
  Check PROBABILITY = between(0, 1);

  /** Smoothing constants: (0, 1]. */
  Check SMOOTHING = new Range(Shape.ABOVE_AT_MOST, 0, 1, null);

  default Check and(Check other) {
    return new Both(this, other);
  }

  /** Which bounds a {@link Range} has, and whether each is inclusive. */
  enum Shape { AT_LEAST, ABOVE, AT_MOST, BETWEEN, STRICTLY_BETWEEN, ABOVE_AT_MOST }

  /**
   * The rules above as objects rather than lambdas (each lambda is a class spun on first use, some
   * 13 ms for this interface's constants in a fresh JVM); {@code requirement} null: said from the bounds.
   */
  record Range(Shape shape, double low, double high, String requirement) implements Check {
    @Override
    public String test(double v) {
      boolean allowed = switch (shape) {
        case AT_LEAST -> v >= low;
        case ABOVE -> v > low;
        case AT_MOST -> v <= high;
        case BETWEEN -> v >= low && v <= high;
        case STRICTLY_BETWEEN -> v > low && v < high;
        case ABOVE_AT_MOST -> v > low && v <= high;
      };
      return allowed ? null : requirement != null ? requirement : requirementFromBounds();
    }

    /** Built only for a value that fails: rules are made for every row of a catalogue. */
    private String requirementFromBounds() {
      return switch (shape) {
        case AT_LEAST -> "must be >= " + format(low);
        case ABOVE -> "must be > " + format(low);
        case AT_MOST -> "must be <= " + format(high);
        case BETWEEN -> "must be between " + format(low) + " and " + format(high);
        case STRICTLY_BETWEEN -> "must be > " + format(low) + " and < " + format(high);
        case ABOVE_AT_MOST -> "must be > " + format(low) + " and <= " + format(high);
      };
    }
  }

  /** The first rule's requirement when it fails, else the second's. */
  record Both(Check first, Check second) implements Check {
    @Override
    public String test(double v) {
      String failed = first.test(v);
      return failed != null ? failed : second.test(v);
    }
  }

  /** A number as a person would write it: 0 not 0.0, 1e-9 rather than 1.0E-9. */
  static String format(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return Double.toString(v).replace("E", "e");
  }
}
