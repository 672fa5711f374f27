package backorder.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** MSER-5 against series whose transient is known. */
class Mser5Test {

  /**
   * 600 days of 10 + 50·e^(−t/20) + N(0, 2²): the bias falls below the daily noise sd (2) at day 64
   * and below a tenth of it at day 110. Tolerance: the truncation lies in [50, 120] days; over many
   * seeds its median lies in [60, 110] (a simulation of 200 seeds gave a median of 80).
   */
  private static double[] decayingTransient(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] y = new double[600];
    for (int t = 0; t < y.length; t++) {
      y[t] = 10 + 50 * Math.exp(-t / 20.0) + 2 * gaussian(random);
    }
    return y;
  }

  private static double gaussian(SplittableRandom random) {
    // Box-Muller: enough for a test series
    return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
  }

  @Test
  void exponentialTransient_isTruncatedWhereTheBiasFadesIntoTheNoise() {
    int days = Mser5.truncation(decayingTransient(1));
    assertTrue(days >= 50 && days <= 120, "truncation " + days);
    assertEquals(0, days % Mser5.BATCH);
  }

  @Test
  void exponentialTransient_medianOverSeedsIsNearTheKnownEnd() {
    int[] picks = new int[41];
    for (int seed = 0; seed < picks.length; seed++) {
      picks[seed] = Mser5.truncation(decayingTransient(100 + seed));
    }
    Arrays.sort(picks);
    int median = picks[picks.length / 2];
    assertTrue(median >= 60 && median <= 110, "median truncation " + median);
    assertTrue(picks[0] >= 25, "smallest truncation " + picks[0]);
  }

  @Test
  void stationarySeries_isNotTruncated() {
    assertEquals(0, Mser5.truncation(new double[365]));
    double[] alternating = new double[200];
    for (int t = 0; t < alternating.length; t++) {
      alternating[t] = t % 2;
    }
    assertEquals(0, Mser5.truncation(alternating));
  }

  @Test
  void steadyTrend_isTruncatedAtMostHalfway() {
    double[] rising = new double[103]; // 20 whole batches; the last 3 days fill none and are ignored
    for (int t = 0; t < rising.length; t++) {
      rising[t] = t;
    }
    assertEquals(50, Mser5.truncation(rising), "the d <= n/2 restriction: 10 of 20 batches");
  }

  @Test
  void batchMeans_averageFiveAndDropTheRest() {
    assertArrayEquals(new double[] {3, 8}, Mser5.batchMeans(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 99}));
    assertEquals(0, Mser5.truncation(new double[] {5, 1, 1}));
  }

  @Test
  void mserCriterion_matchesTheFormulaOnAHandExample() {
    // batches 9, 1, 1, 1: dropping the first leaves no spread; MSER(0) = 48 / 16 = 3
    double[] y = {9, 9, 9, 9, 9, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
    assertEquals(5, Mser5.truncation(y));
  }
}
