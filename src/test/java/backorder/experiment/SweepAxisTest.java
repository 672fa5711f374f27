package backorder.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** --vary arguments: decimal ranges, lists with flow values, the grid's order and its limits. */
class SweepAxisTest {

  @Test
  void range_isExactInDecimal_andIncludesTo() {
    SweepAxis a = SweepAxis.parse("policies[s].safety_stock.service_level=0.80:0.99:0.01");
    assertEquals(20, a.values().size());
    assertEquals("0.8", a.values().get(0));
    assertEquals("0.87", a.values().get(7));
    assertEquals("0.99", a.values().get(19));
    assertEquals(List.of("0", "5", "10"), SweepAxis.parse("policies[s].reorder_point=0:12:5").values());
    assertEquals(List.of("-2", "-1.5"), SweepAxis.parse("products[p].price=-2:-1.5:0.5").values());
  }

  @Test
  void list_keepsFlowValuesWhole() {
    SweepAxis a = SweepAxis.parse("suppliers[x].lead_time_days={dist: uniform, min: 1, max: 3}, 4,[1, 2]");
    assertEquals(List.of("{dist: uniform, min: 1, max: 3}", "4", "[1, 2]"), a.values());
    assertEquals(List.of("backorder", "lost_sale"),
        SweepAxis.parse("products[p].when_out_of_stock=backorder,lost_sale").values());
  }

  @Test
  void badSpecs_sayWhatIsWrong() {
    assertMessage("policies[s].reorder_point=5:1:1", "FROM (5) must be <= TO (1)");
    assertMessage("policies[s].reorder_point=1:5:0", "STEP must be > 0, got 0");
    assertMessage("policies[s].reorder_point=1:5:-1", "STEP must be > 0, got -1");
    assertMessage("policies[s].reorder_point=1:x:1", "TO must be a number, got 'x'");
    assertMessage("policies[s].reorder_point=1:5", "a range is FROM:TO:STEP");
    assertMessage("policies[s].reorder_point=1,,2", "empty value");
    assertMessage("policies[s].reorder_point=1,2,1", "value '1' is listed twice");
    assertMessage("policies[s].reorder_point=", "no value after '='");
    assertMessage("policies[s].reorder_point=0:1000000:1", "at most 10000 points");
  }

  @Test
  void grid_firstAxisVariesSlowest() {
    SweepGrid g = new SweepGrid(List.of(SweepAxis.parse("policies[a].x=1,2"), SweepAxis.parse("policies[a].y=7:9:1")));
    assertEquals(6, g.size());
    assertEquals(List.of("1", "7"), g.values(0));
    assertEquals(List.of("1", "9"), g.values(2));
    assertEquals(List.of("2", "8"), g.values(4));
    assertEquals("policies[a].y", g.overrides(4).get(1).path().toString());
    assertEquals("8", g.overrides(4).get(1).value());
  }

  private static void assertMessage(String argument, String expected) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SweepAxis.parse(argument));
    assertTrue(e.getMessage().contains(expected), e.getMessage());
  }
}
