package backorder.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Each rule allows what it says, refuses NaN (except ANY) and words its requirement as scenario messages show it. */
class CheckTest {

  private static final double NAN = Double.NaN;
  private static final double INF = Double.POSITIVE_INFINITY;

  @Test
  void bounds_allowTheirEndsAsStated() {
    assertNull(Check.atLeast(0).test(0));
    assertEquals("must be >= 0", Check.atLeast(0).test(-0.5));
    assertNull(Check.atLeast(0).test(INF));
    assertEquals("must be > 0", Check.above(0).test(0));
    assertNull(Check.above(0).test(1e-300));
    assertEquals("must be <= 100", Check.atMost(100).test(100.5));
    assertNull(Check.atMost(100).test(-INF));
    assertNull(Check.between(0, 1).test(1));
    assertEquals("must be between 0 and 1", Check.between(0, 1).test(1.5));
    assertEquals("must be between -1000000000000 and 1000000000000", Check.UNITS_RANGE.test(2e12));
    assertEquals("must be > 0 and < 1", Check.strictlyBetween(0, 1).test(1));
    assertEquals("must be > 0 and < 0.5", Check.strictlyBetween(0, 0.5).test(0));
    assertNull(Check.SMOOTHING.test(1));
    assertEquals("must be > 0 and <= 1", Check.SMOOTHING.test(0));
    assertEquals("must be >= 0.01", Check.atLeast(0.01).test(0));
    assertEquals("must be <= 1.0e-9", Check.atMost(1e-9).test(1));
  }

  @Test
  void constants_keepTheirOwnWording() {
    assertEquals("must be >= 0", Check.MONEY.test(-1));
    assertEquals("must be <= 1e9 (money amounts are bounded so that totals stay finite)", Check.MONEY.test(2e9));
    assertEquals("must be <= 1000000 (days: the longest horizon allowed)", Check.DAYS_CEILING.test(2e6));
    assertEquals("must be >= 0", Check.DAYS.test(-1));
    assertEquals("must be between 0 and 1", Check.PROBABILITY.test(-0.1));
  }

  @Test
  void nan_isRefusedByEveryRuleButAny() {
    assertNull(Check.ANY.test(NAN));
    assertEquals("must be >= 0", Check.atLeast(0).test(NAN));
    assertEquals("must be > 0", Check.above(0).test(NAN));
    assertEquals("must be <= 5", Check.atMost(5).test(NAN));
    assertEquals("must be between 0 and 1", Check.PROBABILITY.test(NAN));
    assertEquals("must be > 0 and < 1", Check.strictlyBetween(0, 1).test(NAN));
    assertEquals("must be > 0 and <= 1", Check.SMOOTHING.test(NAN));
    assertEquals("must be <= 1000000 (days: the longest horizon allowed)", Check.DAYS_CEILING.test(NAN));
  }

  @Test
  void and_givesTheFirstFailingRequirement() {
    Check rule = Check.above(0).and(Check.atMost(1000));
    assertNull(rule.test(1000));
    assertEquals("must be > 0", rule.test(-1));
    assertEquals("must be <= 1000", rule.test(1001));
    assertEquals("must be > 0", rule.test(NAN));
  }
}
