package backorder.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backorder.metric.Metric;
import java.util.List;
import org.junit.jupiter.api.Test;

/** All pairs × all metrics: ordered rows, mirrored orders, Holm over the unordered pairs. */
class ComparisonsTest {

  static final List<Metric> TWO = List.of(Metric.TOTAL_COST, Metric.FILL_RATE);
  static final double NAN = Double.NaN;

  final List<PolicyResult> policies = List.of(
      SyntheticPolicies.policy("a", TWO, new double[] {10, 12, 11, 13}, new double[] {0.9, NAN, 0.8, 0.85}),
      SyntheticPolicies.policy("b", TWO, new double[] {11, 12, 13, 15}, new double[] {0.7, 0.6, NAN, 0.65}),
      SyntheticPolicies.policy("c", TWO, new double[] {10, 13, 11, 12}, new double[] {0.9, 0.8, 0.8, 0.85}));

  @Test
  void of_everyOrderedPairOnEveryRegistryMetric_inPolicyBaselineMetricOrder() {
    Comparisons c = Comparisons.of(policies);
    assertEquals(3 * 2 * Metric.COUNT, c.rows().size());
    Comparison first = c.rows().get(0);
    assertEquals("a", first.policy());
    assertEquals("b", first.baseline());
    assertEquals(Metric.values()[0], first.metric());
    Comparison last = c.rows().get(c.rows().size() - 1);
    assertEquals("c", last.policy());
    assertEquals("b", last.baseline());
    assertEquals(Metric.values()[Metric.COUNT - 1], last.metric());
    for (String p : List.of("a", "b", "c")) {
      assertNull(c.find(p, p, Metric.TOTAL_COST));
    }
  }

  @Test
  void of_bothOrdersOfAPairAreOneTest() {
    Comparisons c = Comparisons.of(policies, TWO);
    Comparison ab = c.find("a", "b", Metric.TOTAL_COST);
    Comparison ba = c.find("b", "a", Metric.TOTAL_COST);
    assertEquals(PairedComparison.of(new double[] {10, 12, 11, 13}, new double[] {11, 12, 13, 15}), ab.stats());
    assertEquals(ab.stats().reversed(), ba.stats());
    assertEquals(ab.pAdjusted(), ba.pAdjusted());
  }

  @Test
  void of_holmFamilyIsTheUnorderedPairsOfOneMetric() {
    Comparisons c = Comparisons.of(policies, TWO);
    double[] raw = {
        c.find("a", "b", Metric.TOTAL_COST).stats().pValue(),
        c.find("a", "c", Metric.TOTAL_COST).stats().pValue(),
        c.find("b", "c", Metric.TOTAL_COST).stats().pValue()};
    double[] holm = Holm.adjust(raw);
    assertEquals(holm[0], c.find("a", "b", Metric.TOTAL_COST).pAdjusted());
    assertEquals(holm[1], c.find("c", "a", Metric.TOTAL_COST).pAdjusted());
    assertEquals(holm[2], c.find("c", "b", Metric.TOTAL_COST).pAdjusted());
    // the family does not depend on which other metrics are asked for
    assertEquals(c.find("a", "b", Metric.TOTAL_COST),
        Comparisons.of(policies, List.of(Metric.TOTAL_COST)).find("a", "b", Metric.TOTAL_COST));
  }

  @Test
  void of_pairsOnlyReplicationsDefinedUnderBoth() {
    Comparisons c = Comparisons.of(policies, TWO);
    PairedComparison ab = c.find("a", "b", Metric.FILL_RATE).stats();
    assertEquals(2, ab.n()); // replications 0 and 3
    assertEquals((0.2 + 0.2) / 2, ab.meanDiff(), 1e-12);
    assertEquals(0.0, ab.sdDiff(), 1e-12);
  }

  @Test
  void of_untestablePairsAreNullAndLeftOutOfTheFamily() {
    // every policy identical on orders (0 in all replications): no test, nothing adjusted
    Comparisons c = Comparisons.of(policies);
    Comparison orders = c.find("a", "b", Metric.ORDERS);
    assertEquals(0, orders.stats().meanDiff());
    assertTrue(Double.isNaN(orders.stats().pValue()));
    assertTrue(Double.isNaN(orders.pAdjusted()));
  }
}
