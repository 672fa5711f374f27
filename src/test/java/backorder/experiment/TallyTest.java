package backorder.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TallyTest {

  @Test
  void studentInterval_matchesTextbook() {
    Tally t = new Tally();
    for (double x : new double[] {2, 4, 4, 4, 5, 5, 7, 9}) {
      t.add(x);
    }
    Tally.Summary s = t.summary();
    assertEquals(5, s.mean(), 1e-12);
    assertEquals(Math.sqrt(32.0 / 7), s.sd(), 1e-12);
    double half = 2.3646242510102993 * s.sd() / Math.sqrt(8); // t(0.975, 7)
    assertEquals(5 - half, s.ci95Low(), 1e-9);
    assertEquals(5 + half, s.ci95High(), 1e-9);
  }

  @Test
  void undefinedVariance_isNaN_andNaNObservationsAreSkipped() {
    Tally t = new Tally();
    t.add(Double.NaN);
    assertTrue(Double.isNaN(t.summary().mean()));
    t.add(3);
    assertEquals(3, t.summary().mean());
    assertTrue(Double.isNaN(t.summary().sd()));
  }

  @Test
  void combine_equalsSequential() {
    Tally all = new Tally();
    Tally left = new Tally();
    Tally right = new Tally();
    for (int i = 0; i < 100; i++) {
      double x = Math.sin(i) * 10 + i % 7;
      all.add(x);
      (i < 37 ? left : right).add(x);
    }
    left.combine(right);
    assertEquals(all.summary().mean(), left.summary().mean(), 1e-12);
    assertEquals(all.summary().sd(), left.summary().sd(), 1e-12);
  }
}
