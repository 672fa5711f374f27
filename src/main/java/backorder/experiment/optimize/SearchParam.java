package backorder.experiment.optimize;

import backorder.scenario.ScenarioPath;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * One searched scenario value: its path, its bounds and the lattice the search moves on. A whole
 * number key moves in steps of 1; any other in the largest power of ten that cuts the range into at
 * least 100 steps and keeps both bounds on the lattice (0.80:0.99 moves in steps of 0.001).
 *
 * @param argument the {@code --param} text as given, for messages
 * @param integer whether the value is searched over whole numbers
 */
public record SearchParam(String argument, ScenarioPath path, BigDecimal min, BigDecimal max,
    boolean integer) {

  /** The most lattice points one parameter may have. */
  public static final long MAX_POINTS = 1_000_000_000L;

  public SearchParam {
    if (min.compareTo(max) > 0) {
      throw new IllegalArgumentException("MIN (" + text(min) + ") must be <= MAX (" + text(max) + ")");
    }
    if (integer && (!isWhole(min) || !isWhole(max))) {
      throw new IllegalArgumentException(path + " is searched over whole numbers: MIN and MAX must be whole, got "
          + text(min) + ":" + text(max));
    }
    BigInteger steps = max.subtract(min).divide(step(min, max, integer)).toBigInteger();
    if (steps.compareTo(BigInteger.valueOf(MAX_POINTS - 1)) > 0) {
      throw new IllegalArgumentException("the range has more than " + MAX_POINTS
          + " steps of " + text(step(min, max, integer)) + "; give MIN and MAX with fewer decimals");
    }
  }

  /** The distance between neighbouring lattice points. */
  public BigDecimal step() {
    return step(min, max, integer);
  }

  /** The number of lattice points, MIN and MAX included. */
  public int count() {
    return max.subtract(min).divide(step()).intValueExact() + 1;
  }

  /** The value at lattice index {@code k} (0 = MIN). */
  public BigDecimal value(int k) {
    return min.add(step().multiply(BigDecimal.valueOf(k)));
  }

  /** The value at lattice index {@code k} as a scenario value's text, e.g. "25" or "0.955". */
  public String text(int k) {
    return text(value(k));
  }

  /** A decimal without trailing zeros or exponent; zero is "0". */
  public static String text(BigDecimal v) {
    return v.signum() == 0 ? "0" : v.stripTrailingZeros().toPlainString();
  }

  private static boolean isWhole(BigDecimal v) {
    return v.signum() == 0 || v.stripTrailingZeros().scale() <= 0;
  }

  private static BigDecimal step(BigDecimal min, BigDecimal max, boolean integer) {
    if (integer) {
      return BigDecimal.ONE;
    }
    BigDecimal range = max.subtract(min);
    if (range.signum() == 0) {
      return BigDecimal.ONE.min(unit(min));
    }
    BigDecimal hundredth = range.movePointLeft(2);
    // the power of ten of the hundredth's leading digit
    int exponent = hundredth.precision() - hundredth.scale() - 1;
    BigDecimal step = BigDecimal.ONE.scaleByPowerOfTen(exponent);
    return step.min(unit(min)).min(unit(max));
  }

  /** The place value of a decimal's last digit: 0.95 gives 0.01, 300 gives 100, 0 gives 1. */
  private static BigDecimal unit(BigDecimal v) {
    if (v.signum() == 0) {
      return BigDecimal.ONE;
    }
    return BigDecimal.ONE.scaleByPowerOfTen(-v.stripTrailingZeros().scale());
  }
}
