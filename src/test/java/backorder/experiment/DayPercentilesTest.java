package backorder.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Counting and selecting give the percentiles a full sort gives, to the last bit. */
class DayPercentilesTest {

  /** Type 7 from a sorted copy, in the float arithmetic of the kept values. */
  private static double[] sorted(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    double[] out = new double[DayPercentiles.LEVELS.length];
    for (int j = 0; j < out.length; j++) {
      double h = (v.length - 1) * DayPercentiles.LEVELS[j];
      int lo = (int) Math.floor(h);
      float low = (float) v[lo];
      float high = (float) v[Math.min(v.length - 1, lo + 1)];
      out[j] = low + (h - lo) * (high - low);
    }
    return out;
  }

  private static void check(DayPercentiles percentiles, double[] values, String what) {
    double[] expected = sorted(values);
    double[] out = new double[expected.length];
    percentiles.of(values.clone(), out);
    for (int j = 0; j < out.length; j++) {
      assertEquals(Double.doubleToLongBits(expected[j]), Double.doubleToLongBits(out[j]),
          what + " n=" + values.length + " level " + DayPercentiles.LEVELS[j] + ": " + out[j]
              + " against " + expected[j]);
    }
  }

  @Test
  void wholeNumbersNarrowOrWide_fractions_andSmallSamples_matchTheSortedDefinition() {
    SplittableRandom random = new SplittableRandom(7);
    for (int n : new int[] {1, 2, 3, 4, 5, 9, 10, 11, 100, 1001, 10_000}) {
      DayPercentiles percentiles = new DayPercentiles(n); // reused, as across a series' days
      for (int trial = 0; trial < 20; trial++) {
        double[] narrow = new double[n];
        double[] wide = new double[n];
        double[] fractional = new double[n];
        double[] huge = new double[n];
        int offset = random.nextInt(-1000, 1000);
        for (int i = 0; i < n; i++) {
          narrow[i] = offset + random.nextInt(0, 1 + trial * 5); // counted (many ties at trial 0)
          wide[i] = random.nextInt(-20_000_000, 20_000_000); // selected: range too wide
          fractional[i] = (float) (random.nextDouble() * 50); // selected: not whole
          huge[i] = (float) (3e9 + random.nextInt(0, 4) * 512.0); // beyond int: selected
        }
        check(percentiles, narrow, "narrow");
        check(percentiles, wide, "wide");
        check(percentiles, fractional, "fractional");
        check(percentiles, huge, "huge");
      }
    }
  }

  @Test
  void noValues_giveNaN() {
    double[] out = new double[3];
    new DayPercentiles(0).of(new double[0], out);
    for (double v : out) {
      assertEquals(Double.NaN, v);
    }
  }
}
