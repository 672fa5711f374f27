package backorder.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backorder.metric.Constraint;
import backorder.metric.Metric;
import backorder.metric.Objective;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Ranking by the objective: direction, ties, the fill-rate condition, and distinguishability. */
class RankingTest {

  static final List<Metric> TWO = List.of(Metric.TOTAL_COST, Metric.FILL_RATE);

  static Ranking rank(List<PolicyResult> policies, RankingObjective objective) {
    return Ranking.of(policies, objective, Comparisons.of(policies, List.of(objective.metric())));
  }

  static List<String> names(Ranking r) {
    return r.entries().stream().map(Ranking.Entry::policy).toList();
  }

  @Test
  void of_ordersByMeanInTheObjectiveDirection_tiesKeepScenarioOrder() {
    List<PolicyResult> p = List.of(
        SyntheticPolicies.policy("mid", Metric.PROFIT, 5, 6, 7),
        SyntheticPolicies.policy("high", Metric.PROFIT, 9, 10, 11),
        SyntheticPolicies.policy("tie-first", Metric.PROFIT, 1, 2, 3),
        SyntheticPolicies.policy("tie-second", Metric.PROFIT, 3, 2, 1));
    Ranking max = rank(p, new RankingObjective.Plain(Metric.PROFIT, false));
    assertEquals(List.of("high", "mid", "tie-first", "tie-second"), names(max));
    assertEquals(List.of(1, 2, 3, 4), max.entries().stream().map(Ranking.Entry::rank).toList());
    assertEquals("high", max.best());
    Ranking min = rank(p, new RankingObjective.Plain(Metric.PROFIT, true));
    assertEquals(List.of("tie-first", "tie-second", "mid", "high"), names(min));
  }

  @Test
  void of_distinguishableFromBest_usesHolmAdjustedPAgainstTheBest() {
    // clear: always 10 more; noisy: same mean as best with noise; best itself never distinguishable
    List<PolicyResult> p = List.of(
        SyntheticPolicies.policy("noisy", Metric.TOTAL_COST, 99, 103, 98, 100),
        SyntheticPolicies.policy("best", Metric.TOTAL_COST, 100, 101, 99, 99),
        SyntheticPolicies.policy("clear", Metric.TOTAL_COST, 110, 111, 109, 109.5));
    Ranking r = rank(p, new RankingObjective.Plain(Metric.TOTAL_COST, true));
    assertEquals(List.of("best", "noisy", "clear"), names(r));
    assertFalse(r.entries().get(0).distinguishableFromBest());
    assertFalse(r.entries().get(1).distinguishableFromBest());
    assertTrue(r.entries().get(2).distinguishableFromBest());
  }

  @Test
  void of_identicalPolicies_areNotDistinguishable() {
    List<PolicyResult> p = List.of(
        SyntheticPolicies.policy("a", Metric.TOTAL_COST, 5, 6, 7),
        SyntheticPolicies.policy("a-again", Metric.TOTAL_COST, 5, 6, 7));
    Ranking r = rank(p, new RankingObjective.Plain(Metric.TOTAL_COST, true));
    assertEquals(List.of("a", "a-again"), names(r));
    assertFalse(r.entries().get(1).distinguishableFromBest());
  }

  @Test
  void scenarioObjective_constraintsDecideWhoMayLead_noneMeetingThemRanksAll() {
    List<PolicyResult> p = List.of(
        SyntheticPolicies.policy("cheap-poor", TWO, new double[] {50, 51}, new double[] {0.50, 0.52}),
        SyntheticPolicies.policy("dear-good", TWO, new double[] {90, 91}, new double[] {0.95, 0.95}),
        SyntheticPolicies.policy("mid-ok", TWO, new double[] {70, 71}, new double[] {0.80, 0.80}),
        SyntheticPolicies.policy("fine", TWO, new double[] {80, 81}, new double[] {0.945, 0.945}));
    Constraint fill90 = Constraint.parse("fill_rate >= 0.9");
    Ranking r = rank(p, RankingObjective.of(
        new Objective("total_cost", true, List.of(fill90), Double.NaN)));
    assertEquals(List.of("fine", "dear-good", "cheap-poor", "mid-ok"), names(r));
    assertEquals(List.of(true, true, false, false),
        r.entries().stream().map(Ranking.Entry::meetsConstraints).toList());
    assertFalse(r.noneQualifies());
    // nobody reaches 99%: all are ranked on the objective, and the ranking says so
    Ranking none = rank(p, RankingObjective.of(new Objective("total_cost", true,
        List.of(Constraint.parse("fill_rate >= 0.99")), Double.NaN)));
    assertEquals(List.of("cheap-poor", "mid-ok", "fine", "dear-good"), names(none));
    assertTrue(none.noneQualifies());
    // the older tolerance rule still works when a scenario sets it
    Ranking tolerant = rank(p, RankingObjective.of(new Objective("total_cost", true, List.of(), 0.01)));
    assertEquals("fine", tolerant.best());
  }

  @Test
  void of_policiesWithoutAValueComeLast() {
    double nan = Double.NaN;
    List<PolicyResult> p = List.of(
        SyntheticPolicies.policy("none", Metric.RECOVERY_DAYS, nan, nan),
        SyntheticPolicies.policy("slow", Metric.RECOVERY_DAYS, 9, 10),
        SyntheticPolicies.policy("fast", Metric.RECOVERY_DAYS, 3, nan));
    Ranking r = rank(p, new RankingObjective.Plain(Metric.RECOVERY_DAYS, true));
    assertEquals(List.of("fast", "slow", "none"), names(r));
    assertFalse(r.entries().get(2).distinguishableFromBest());
  }
}
