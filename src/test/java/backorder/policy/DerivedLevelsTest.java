package backorder.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The levels a policy reports are the ones it orders by: for Poisson demand of 10 a day and a
 * constant 5-day lead time, a 95% service level means s = 50 + z(0.95)·√50 = 61.63 units.
 */
class DerivedLevelsTest {

  private static final PlanningInputs IN = new PlanningInputs(new double[] {10}, new double[] {1},
      new double[] {1}, new boolean[] {true}, List.of("factory"), new double[] {5},
      new double[] {0}, new boolean[][] {{true}});

  private static DerivedLevels levels(SafetyStock ss, OrderQuantity q) {
    var settings = new PolicySettings.ReorderPoint("factory", new ReorderRule(Double.NaN, ss, q));
    return new PolicySpec("p", "reorder_point", 0, false, true, settings).newPolicy(IN).derived(0);
  }

  @Test
  void serviceLevel_impliesZTimesTheLeadTimeDemandSd() {
    DerivedLevels d = levels(new SafetyStock(SafetyStock.Kind.SERVICE_LEVEL, 0.95),
        new OrderQuantity(OrderQuantity.Kind.FIXED, 40));
    assertEquals(50 + 1.6448536 * Math.sqrt(50), d.reorderPoint(), 1e-5);
    assertEquals(1.6448536 * Math.sqrt(50), d.safetyStock(), 1e-5);
    assertEquals(40, d.orderQuantity());
    assertTrue(Double.isNaN(d.orderUpTo()));
  }

  @Test
  void higherServiceLevel_raisesTheReorderPointByTheZDifference() {
    OrderQuantity q = new OrderQuantity(OrderQuantity.Kind.UP_TO, 200);
    DerivedLevels low = levels(new SafetyStock(SafetyStock.Kind.SERVICE_LEVEL, 0.90), q);
    DerivedLevels high = levels(new SafetyStock(SafetyStock.Kind.SERVICE_LEVEL, 0.995), q);
    assertEquals((2.5758293 - 1.2815516) * Math.sqrt(50), high.reorderPoint() - low.reorderPoint(),
        1e-5);
    assertEquals(200, high.orderUpTo());
    assertTrue(Double.isNaN(high.orderQuantity()));
  }

  @Test
  void givenReorderPoint_reportsTheImpliedSafetyStock_andPurchasingPlansHaveNone() {
    var given = new PolicySettings.ReorderPoint("factory", new ReorderRule(42, null,
        new OrderQuantity(OrderQuantity.Kind.DAYS_OF_COVER, 3)));
    DerivedLevels d = new PolicySpec("p", "reorder_point", 0, false, true, given).newPolicy(IN).derived(0);
    assertEquals(42, d.reorderPoint());
    assertEquals(-8, d.safetyStock(), 1e-12);
    assertEquals(30, d.orderQuantity());
    var plan = new PolicySettings.PurchasingPlan("factory",
        new Forecast(Forecast.Method.MOVING_AVERAGE, 28, 0.2, 0.1), 3, 10);
    assertEquals(DerivedLevels.NONE,
        new PolicySpec("q", "purchasing_plan", 1, false, true, plan).newPolicy(IN).derived(0));
  }
}
