package backorder.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Holm's step-down adjustment against hand-computed families. */
class HolmTest {

  @Test
  void adjust_handComputedFamily_multipliesByRemainingCountAndKeepsOrder() {
    // sorted: 0.01·3 = 0.03, 0.03·2 = 0.06, 0.04·1 = 0.04 → raised to 0.06 (monotone)
    assertArrayEquals(new double[] {0.03, 0.06, 0.06}, Holm.adjust(new double[] {0.01, 0.04, 0.03}), 1e-15);
  }

  @Test
  void adjust_laterSmallerProduct_isRaisedToTheRunningMaximum() {
    // 0.04·2 = 0.08, then 0.045·1 = 0.045 < 0.08 → 0.08
    assertArrayEquals(new double[] {0.08, 0.08}, Holm.adjust(new double[] {0.04, 0.045}), 1e-15);
  }

  @Test
  void adjust_capsAtOne() {
    // 0.4·3 = 1.2 → 1, then max(1, 0.5·2) = 1, then max(1, 0.9) = 1
    assertArrayEquals(new double[] {1, 1, 1}, Holm.adjust(new double[] {0.9, 0.4, 0.5}), 0);
  }

  @Test
  void adjust_nanIsNotATestAndDoesNotCountInTheFamily() {
    double[] a = Holm.adjust(new double[] {0.01, Double.NaN, 0.04});
    assertEquals(0.02, a[0], 1e-15);
    assertTrue(Double.isNaN(a[1]));
    assertEquals(0.04, a[2], 1e-15);
  }

  @Test
  void adjust_tiesAndZero() {
    // 0·3 = 0, 0.02·2 = 0.04, 0.02·1 = 0.02 → raised to 0.04: tied raw values share the adjusted one
    assertArrayEquals(new double[] {0, 0.04, 0.04}, Holm.adjust(new double[] {0, 0.02, 0.02}), 1e-15);
    assertArrayEquals(new double[0], Holm.adjust(new double[0]), 0);
  }

  @Test
  void adjust_neverBelowRawAndOrderPreserving() {
    double[] p = {0.3, 0.001, 0.02, 0.049, 0.8, 0.011, 0.2};
    double[] a = Holm.adjust(p);
    for (int i = 0; i < p.length; i++) {
      assertTrue(a[i] >= p[i] && a[i] <= 1, "p[" + i + "]");
      for (int j = 0; j < p.length; j++) {
        if (p[i] < p[j]) {
          assertTrue(a[i] <= a[j], i + " vs " + j);
        }
      }
    }
  }
}
