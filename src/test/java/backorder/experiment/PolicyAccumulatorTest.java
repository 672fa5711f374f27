package backorder.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import backorder.model.DailySeries;
import backorder.metric.Metric;
import backorder.model.ReplicationResult;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** An accumulator grown batch by batch freezes to exactly what one sized for the final count gives. */
class PolicyAccumulatorTest {

  private static final int DAYS = 9;
  private static final List<String> SKUS = List.of("A", "B");

  private static ReplicationResult replication(int r) {
    SplittableRandom random = new SplittableRandom(1000 + r);
    double[] totals = new double[Metric.COUNT];
    for (int m = 0; m < totals.length; m++) {
      totals[m] = m == r % Metric.COUNT ? Double.NaN : random.nextDouble(100);
    }
    double[][] perProduct = {totals.clone(), totals.clone()};
    float[][] daily = new float[DailySeries.COUNT][DAYS];
    for (float[] series : daily) {
      for (int d = 0; d < DAYS; d++) {
        series[d] = random.nextInt(50);
      }
    }
    long[] waits = new long[ReplicationResult.WAIT_BINS + 1];
    waits[r % waits.length] = r;
    return new ReplicationResult(r, totals, perProduct, daily, waits, List.of(), 0);
  }

  private static PolicyResult oneGo(int count, long maxKept) {
    PolicyAccumulator acc = new PolicyAccumulator("p", "t", SKUS, count, DAYS, maxKept);
    for (int r = 0; r < count; r++) {
      acc.add(replication(r));
    }
    return acc.freeze();
  }

  private static PolicyResult inBatches(int[] counts, long maxKept) {
    PolicyAccumulator acc = new PolicyAccumulator("p", "t", SKUS, counts[0], DAYS, maxKept);
    int done = 0;
    for (int count : counts) {
      acc.ensureCapacity(count);
      for (int r = done; r < count; r++) {
        acc.add(replication(r));
      }
      done = count;
    }
    return acc.freeze();
  }

  private static void assertSame(PolicyResult a, PolicyResult b) {
    assertArrayEquals(a.totals(), b.totals());
    for (int p = 0; p < a.products().length; p++) {
      assertArrayEquals(a.products()[p], b.products()[p]);
    }
    assertArrayEquals(a.replicationTotals(), b.replicationTotals());
    assertArrayEquals(a.daily().mean(), b.daily().mean());
    assertArrayEquals(a.daily().p10(), b.daily().p10());
    assertArrayEquals(a.daily().p50(), b.daily().p50());
    assertArrayEquals(a.daily().p90(), b.daily().p90());
    assertArrayEquals(a.meanWaitHistogram(), b.meanWaitHistogram());
  }

  @Test
  void growingInBatches_equalsSizingForTheFinalCount() {
    assertSame(oneGo(57, PolicyAccumulator.MAX_KEPT_DAILY_VALUES),
        inBatches(new int[] {10, 23, 40, 57}, PolicyAccumulator.MAX_KEPT_DAILY_VALUES));
  }

  @Test
  void growingPastTheBandBound_keepsTheSameFirstReplications() {
    long maxKept = (long) DailySeries.COUNT * DAYS * 15; // bands from the first 15 replications
    PolicyResult grown = inBatches(new int[] {10, 12, 30}, maxKept);
    assertSame(oneGo(30, maxKept), grown);
    assertSame(oneGo(30, maxKept), inBatches(new int[] {20, 30}, maxKept));
    assertEquals(30, grown.replicationTotals().length);
  }

  @Test
  void addingUnannounced_growsByItself() {
    PolicyAccumulator acc = new PolicyAccumulator("p", "t", SKUS, 1, DAYS);
    for (int r = 0; r < 21; r++) {
      acc.add(replication(r));
    }
    assertSame(oneGo(21, PolicyAccumulator.MAX_KEPT_DAILY_VALUES), acc.freeze());
  }
}
