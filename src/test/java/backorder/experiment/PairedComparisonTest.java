package backorder.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.inference.TTest;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.GaussianSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/** The paired t comparison against hand computation, Commons Math and its own coverage. */
class PairedComparisonTest {

  static final double NAN = Double.NaN;

  @Test
  void of_smallSample_matchesHandComputation() {
    // d = 2, 3, 1, 3: mean 2.25, sd sqrt(2.75 / 3), t(3) quantile 3.182446305, t = 4.700097
    PairedComparison c = PairedComparison.of(new double[] {5, 7, 9, 6}, new double[] {3, 4, 8, 3});
    assertEquals(4, c.n());
    assertEquals(2.25, c.meanDiff(), 1e-12);
    assertEquals(0.9574271077563381, c.sdDiff(), 1e-12);
    assertEquals(0.7265198191711877, c.ci95Low(), 1e-9);
    assertEquals(3.7734801808288125, c.ci95High(), 1e-9);
    // two-sided p from the closed-form t(3) distribution function
    double x = 4.700096710803842 / Math.sqrt(3);
    double cdf = 0.5 + (x / (1 + x * x) + Math.atan(x)) / Math.PI;
    assertEquals(2 * (1 - cdf), c.pValue(), 1e-12);
    assertEquals(0.01821985474322239, c.pValue(), 1e-12);
  }

  @Test
  void of_randomSamples_agreesWithCommonsMathPairedTTest() {
    UniformRandomProvider rng = RandomSource.SPLIT_MIX_64.create(42L);
    var normal = ZigguratSampler.NormalizedGaussian.of(rng);
    for (int n : new int[] {2, 3, 10, 57}) {
      double[] a = new double[n];
      double[] b = new double[n];
      for (int i = 0; i < n; i++) {
        a[i] = 100 + 5 * normal.sample();
        b[i] = a[i] - 1 + 2 * normal.sample();
      }
      PairedComparison c = PairedComparison.of(a, b);
      assertEquals(new TTest().pairedTTest(a, b), c.pValue(), 1e-12, "n=" + n);
      assertEquals(StatUtils.meanDifference(a, b), c.meanDiff(), 1e-9);
      assertEquals(Math.sqrt(StatUtils.varianceDifference(a, b, StatUtils.meanDifference(a, b))),
          c.sdDiff(), 1e-9);
    }
  }

  @Test
  void of_skipsReplicationsUndefinedUnderEitherPolicy() {
    PairedComparison c = PairedComparison.of(new double[] {5, NAN, 9, 6, 1},
        new double[] {3, 4, 8, 3, NAN});
    PairedComparison same = PairedComparison.of(new double[] {5, 9, 6}, new double[] {3, 8, 3});
    assertEquals(same, c);
    assertEquals(3, c.n());
  }

  @Test
  void of_undefinedCases() {
    PairedComparison none = PairedComparison.of(new double[] {NAN, 1}, new double[] {2, NAN});
    assertEquals(0, none.n());
    assertTrue(Double.isNaN(none.meanDiff()) && Double.isNaN(none.pValue()));
    PairedComparison one = PairedComparison.of(new double[] {4, NAN}, new double[] {1, 2});
    assertEquals(3, one.meanDiff());
    assertTrue(Double.isNaN(one.sdDiff()) && Double.isNaN(one.ci95Low()) && Double.isNaN(one.pValue()));
  }

  @Test
  void of_zeroVariance_zeroDifferenceHasNoTestButConstantShiftIsCertain() {
    PairedComparison same = PairedComparison.of(new double[] {1, 2, 3}, new double[] {1, 2, 3});
    assertEquals(0, same.meanDiff());
    assertEquals(0, same.sdDiff());
    assertEquals(0, same.ci95Low());
    assertEquals(0, same.ci95High());
    assertTrue(Double.isNaN(same.pValue()));
    // seen from the other side a zero difference is 0.0 too, not -0.0 (summary.json printed "-0.0")
    PairedComparison mirrored = same.reversed();
    assertEquals(0.0, mirrored.meanDiff());
    assertEquals(0.0, mirrored.ci95Low());
    assertEquals(0.0, mirrored.ci95High());
    PairedComparison shift = PairedComparison.of(new double[] {3, 4, 5}, new double[] {1, 2, 3});
    assertEquals(2, shift.meanDiff());
    assertEquals(2, shift.ci95Low());
    assertEquals(2, shift.ci95High());
    assertEquals(0.0, shift.pValue());
  }

  @Test
  void reversed_mirrorsDifferenceAndInterval() {
    PairedComparison c = PairedComparison.of(new double[] {5, 7, 9, 6}, new double[] {3, 4, 8, 3});
    PairedComparison r = c.reversed();
    assertEquals(-c.meanDiff(), r.meanDiff());
    assertEquals(-c.ci95High(), r.ci95Low());
    assertEquals(-c.ci95Low(), r.ci95High());
    assertEquals(c.sdDiff(), r.sdDiff());
    assertEquals(c.pValue(), r.pValue());
  }

  /**
   * Two policies with the same true mean, replications drawn independently (no common random
   * numbers, unequal spread), 8 pairs per experiment: the 95% interval must contain 0 in 95 ± 3% of
   * 400 experiments. The binomial sd of the hit rate over 400 trials at 0.95 is
   * sqrt(0.95 · 0.05 / 400) ≈ 1.1%, so ±3% is about 2.7 sd; with 8 pairs a normal quantile (1.96)
   * instead of t(7) (2.36) would cover only about 91% and fail.
   */
  @Test
  void ci95_zeroTrueDifference_coversZeroIn95PercentOfSeeds() {
    int covered = 0;
    int rejected = 0;
    int trials = 400;
    for (int seed = 0; seed < trials; seed++) {
      UniformRandomProvider rng = RandomSource.SPLIT_MIX_64.create(1_000L + seed);
      var z = ZigguratSampler.NormalizedGaussian.of(rng);
      var a = GaussianSampler.of(z, 50, 4);
      var b = GaussianSampler.of(z, 50, 7);
      double[] xa = new double[8];
      double[] xb = new double[8];
      for (int r = 0; r < 8; r++) {
        xa[r] = a.sample();
        xb[r] = b.sample();
      }
      PairedComparison c = PairedComparison.of(xa, xb);
      if (c.ci95Low() <= 0 && 0 <= c.ci95High()) {
        covered++;
      }
      if (c.pValue() < 0.05) {
        rejected++;
      }
    }
    double rate = (double) covered / trials;
    assertTrue(rate >= 0.92 && rate <= 0.98, "coverage " + rate);
    // the test and the interval agree: p < 0.05 exactly when 0 is outside the interval
    assertEquals(trials - covered, rejected);
  }
}
