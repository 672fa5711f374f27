package backorder.experiment.optimize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backorder.experiment.Tally;
import backorder.metric.Constraint;
import backorder.metric.Metric;
import backorder.scenario.ScenarioPath;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/** The search stage on functions known in closed form (no simulation): where it ends, what it spends. */
class PatternSearchTest {

  private static SearchParam param(String key, String min, String max, boolean integer) {
    return new SearchParam(key + "=" + min + ":" + max, ScenarioPath.parse("policies[p]." + key),
        new BigDecimal(min), new BigDecimal(max), integer);
  }

  /** Runs the search with values computed by {@code f} on the parameters' values; records every point asked for. */
  private static PatternSearch.Outcome search(SearchSpace space, Goal goal, int budget,
      ToDoubleFunction<double[]> objective, ToDoubleFunction<double[]> fill, List<int[]> asked)
      throws InterruptedException {
    return PatternSearch.run(space, goal, budget, (points, first) -> {
      List<Evaluation> out = new ArrayList<>();
      for (int i = 0; i < points.size(); i++) {
        int[] p = points.get(i);
        asked.add(p);
        double[] x = new double[p.length];
        for (int d = 0; d < p.length; d++) {
          x[d] = space.params().get(d).value(p[d]).doubleValue();
        }
        Tally.Summary[] totals = new Tally.Summary[Metric.COUNT];
        for (int m = 0; m < totals.length; m++) {
          totals[m] = new Tally.Summary(1, 0, Double.NaN, Double.NaN, Double.NaN);
        }
        totals[goal.metric().ordinal()] = new Tally.Summary(1, objective.applyAsDouble(x), 0, 0, 0);
        totals[Metric.FILL_RATE.ordinal()] = new Tally.Summary(1, fill.applyAsDouble(x), 0, 0, 0);
        out.add(new Evaluation(first + i, Evaluation.Stage.SEARCH, p, space.values(p), 1, 1, null, totals,
            new double[] {objective.applyAsDouble(x)}));
      }
      return out;
    });
  }

  private static Evaluation best(PatternSearch.Outcome o, Goal goal) {
    return o.evaluations().stream().min(Evaluation.order(goal)).orElseThrow();
  }

  /** Two integer parameters, a bowl with its bottom at (37, 12): found within 40 evaluations (the default budget) of 10,201 points. */
  @Test
  void twoIntegerParameters_bowl_findsTheBottom() throws InterruptedException {
    SearchSpace space = new SearchSpace(List.of(param("reorder_point", "0", "100", true),
        param("order_quantity", "0", "100", true)));
    Goal goal = new Goal(Metric.TOTAL_COST, true, List.of());
    List<int[]> asked = new ArrayList<>();
    PatternSearch.Outcome o = search(space, goal, 40, x -> Math.pow(x[0] - 37, 2) + 3 * Math.pow(x[1] - 12, 2),
        x -> 1, asked);
    assertEquals(PatternSearch.COMPASS, o.method());
    assertArrayEquals(new int[] {37, 12}, best(o, goal).point());
    assertTrue(o.evaluations().size() <= 40);
    Set<List<Integer>> distinct = new HashSet<>();
    asked.forEach(p -> distinct.add(List.of(p[0], p[1])));
    assertEquals(asked.size(), distinct.size(), "no point is evaluated twice");
  }

  /** A box no larger than the budget is evaluated whole. */
  @Test
  void smallBox_isExhaustive() throws InterruptedException {
    SearchSpace space = new SearchSpace(List.of(param("reorder_point", "3", "9", true)));
    Goal goal = new Goal(Metric.PROFIT, false, List.of());
    List<int[]> asked = new ArrayList<>();
    PatternSearch.Outcome o = search(space, goal, 7, x -> -Math.abs(x[0] - 5), x -> 1, asked);
    assertEquals(PatternSearch.EXHAUSTIVE, o.method());
    assertEquals(7, asked.size());
    assertEquals("5", best(o, goal).values().get(0));
  }

  /**
   * Feasibility first: cost rises with the level, fill rate too; the cheapest level whose fill
   * rate is at least 0.9 (level 61 on a decimal lattice of 0.1) wins over cheaper infeasible ones.
   */
  @Test
  void constraint_cheapestFeasibleWins() throws InterruptedException {
    SearchSpace space = new SearchSpace(List.of(param("safety_stock.days_of_cover", "0", "100", false)));
    assertEquals(new BigDecimal("1"), space.params().get(0).step().stripTrailingZeros());
    Goal goal = new Goal(Metric.HOLDING_COST, true, List.of(Constraint.parse("fill_rate >= 0.9")));
    PatternSearch.Outcome o = search(space, goal, 40, x -> x[0], x -> x[0] / 67.0, new ArrayList<>());
    Evaluation b = best(o, goal);
    assertEquals("61", b.values().get(0), "61 / 67 = 0.9104; 60 / 67 = 0.8955");
    assertTrue(b.feasible(goal));
  }

  /** Lattices: whole numbers step 1; decimals by the power of ten giving at least 100 steps, both bounds on it. */
  @Test
  void lattice_keepsBothBoundsAndMovesInDecimalSteps() {
    SearchParam level = param("service_level", "0.80", "0.99", false);
    assertEquals(0, new BigDecimal("0.001").compareTo(level.step()));
    assertEquals(191, level.count());
    assertEquals("0.99", level.text(level.count() - 1));
    assertEquals("0.955", level.text(155));
    SearchParam days = param("buffer_days", "2.5", "30", false);
    assertEquals(0, new BigDecimal("0.1").compareTo(days.step()));
    assertEquals("30", days.text(days.count() - 1));
    assertEquals(1, param("reorder_point", "7", "7", true).count());
  }
}
