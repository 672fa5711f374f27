package backorder.report.results;

import static org.junit.jupiter.api.Assertions.assertEquals;

import backorder.metric.Constraint;
import backorder.metric.Objective;
import backorder.report.results.SweepTable.Setting;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Non-dominated settings and the objective's pick, checked by hand on small tables. */
class TradeOffsTest {

  private static Setting setting(int point, double fill, double cost, double lost) {
    return new Setting(point, List.of(Integer.toString(point)), "p", Map.of(
        "fill_rate", stat(fill), "total_cost", stat(cost), "lost_customers", stat(lost)));
  }

  private static MetricStat stat(double mean) {
    return new MetricStat(mean, Double.NaN, Double.NaN, Double.NaN);
  }

  private static List<Integer> points(List<Setting> settings) {
    return settings.stream().map(Setting::point).toList();
  }

  @Test
  void nonDominated_onFillRateAndCost() {
    List<Setting> s = List.of(
        setting(0, 0.90, 100, 5),   // front: cheapest
        setting(1, 0.95, 120, 4),   // front
        setting(2, 0.93, 130, 3),   // beaten by 1 (better fill, cheaper)
        setting(3, 0.95, 125, 2),   // beaten by 1 (same fill, cheaper)
        setting(4, 0.99, 150, 1),   // front: best fill
        setting(5, 0.99, 150, 1),   // a tie with 4: neither beats the other
        setting(6, Double.NaN, 10, 0)); // no fill rate: left out
    TradeOffs.Axes axes = TradeOffs.objectiveAgainstFillRate(new Objective("total_cost", true, List.of(), Double.NaN));
    List<Setting> front = TradeOffs.nonDominated(s, axes);
    assertEquals(List.of(0, 1, 4, 5), points(front));
    assertEquals(1, TradeOffs.dominatedBy(s.get(2), front, axes).orElseThrow().point());
    assertEquals(1, TradeOffs.dominatedBy(s.get(3), front, axes).orElseThrow().point());
    assertEquals(List.of(), points(TradeOffs.dominatedBy(s.get(4), front, axes).stream().toList()));
    // lost customers against total cost, both lower-is-better: 2 is beaten by 3; 6 beats everything
    assertEquals(List.of(0, 1, 3, 4, 5),
        points(TradeOffs.nonDominated(s.subList(0, 6), TradeOffs.LOST_CUSTOMERS_AGAINST_TOTAL_COST)));
    assertEquals(List.of(6), points(TradeOffs.nonDominated(s, TradeOffs.LOST_CUSTOMERS_AGAINST_TOTAL_COST)));
  }

  @Test
  void best_appliesTheObjectivesRule() {
    List<Setting> s = List.of(setting(0, 0.90, 100, 5), setting(1, 0.985, 120, 4), setting(2, 0.99, 150, 1));
    // the older rule: total cost within 1 point of the best fill rate (0.99): 1 and 2 are eligible, 1 is cheaper
    assertEquals(1, TradeOffs.best(s, new Objective("total_cost", true, List.of(), 0.01)).orElseThrow().point());
    assertEquals(0, TradeOffs.best(s, new Objective("total_cost", true, List.of(), 0.2)).orElseThrow().point());
    assertEquals(2, TradeOffs.best(s, new Objective("fill_rate", false, List.of(), 0.01)).orElseThrow().point());
    // SPEC §5: cheapest among those meeting the constraint; all when none does
    Constraint fill98 = Constraint.parse("fill_rate >= 0.98");
    assertEquals(1, TradeOffs.best(s, new Objective("total_cost", true, List.of(fill98), Double.NaN))
        .orElseThrow().point());
    Constraint fill999 = Constraint.parse("fill_rate >= 0.999");
    assertEquals(0, TradeOffs.best(s, new Objective("total_cost", true, List.of(fill999), Double.NaN))
        .orElseThrow().point());
  }
}
