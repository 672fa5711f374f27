package backorder.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 item 9: a one-off disruption that can do nothing inside [warmup_days, horizon_days)
 * is refused at its start_day; one whose effects can reach the window, and every recurring one,
 * loads.
 */
class DisruptionWindowTest {

  private static String world(String supplier, String disruption) {
    return "name: window\n"
        + "horizon_days: 100\n"
        + "warmup_days: 30\n"
        + "products:\n"
        + "  - sku: A\n"
        + "    demand: {process: poisson, rate_per_day: 5}\n"
        + "suppliers:\n"
        + "  - name: s1\n"
        + supplier
        + "disruptions:\n"
        + "  - " + disruption + "\n"
        + "policies:\n"
        + "  - {name: p1, type: reorder_point, supplier: s1, reorder_point: 10, order_quantity: 20}\n";
  }

  private static Scenario load(String supplier, String disruption) throws ScenarioException {
    return ScenarioLoader.parse(world(supplier, disruption), Path.of("window.yaml"));
  }

  private static Problem refused(String supplier, String disruption) {
    ScenarioException e = assertThrows(ScenarioException.class, () -> load(supplier, disruption));
    return e.problems().get(0);
  }

  private static final String FIXED_LEAD = "    lead_time_days: 7\n";

  @Test
  void spikeEndingAfterWarmup_loads() throws ScenarioException {
    Scenario s = load(FIXED_LEAD, "{type: demand_spike, start_day: 10, duration_days: 20.5, multiplier: 3}");
    assertEquals(1, s.disruptions().size());
  }

  @Test
  void spikeEndingAtWarmup_isRefusedAtItsStartDay() {
    Problem p = refused(FIXED_LEAD, "{type: demand_spike, start_day: 10, duration_days: 20, multiplier: 3}");
    assertEquals("disruptions[0].start_day", p.path());
    assertEquals(11, p.line());
    assertTrue(p.message().contains("acts only until day 30"), p.message());
  }

  @Test
  void spikeWithUnboundedDuration_loads() throws ScenarioException {
    load(FIXED_LEAD, "{type: demand_spike, start_day: 1, duration_days: {dist: exponential, mean: 2},"
        + " multiplier: 3}");
  }

  @Test
  void recurringDisruption_loadsWhateverTheWarmup() throws ScenarioException {
    load(FIXED_LEAD, "{type: transit_disruption, recurrence: {mean_days_between: 500}, duration_days: 1}");
  }

  @Test
  void closureWhoseHeldShipmentsArriveAfterWarmup_loads() throws ScenarioException {
    load(FIXED_LEAD, "{type: transit_disruption, start_day: 20, duration_days: 5, extra_days: 6}");
  }

  @Test
  void supplierDelayWhoseOrdersArriveAfterWarmup_loads() throws ScenarioException {
    // ends on day 20; the last order placed during it arrives on day 20 + 4 + 7 = 31
    load(FIXED_LEAD, "{type: supplier_delay, supplier: s1, start_day: 0, duration_days: 20, extra_days: 4}");
  }

  @Test
  void supplierDelayWithUnboundedLeadTime_loads() throws ScenarioException {
    load("    lead_time_days: {dist: gamma, mean: 7, sd: 2}\n",
        "{type: supplier_delay, supplier: s1, start_day: 0, duration_days: 1}");
  }

  @Test
  void capacityCutAtAFiniteCapacitySupplier_loads_itsQueueOutlastsIt() throws ScenarioException {
    load(FIXED_LEAD + "    capacity_units_per_day: 50\n",
        "{type: supplier_delay, supplier: s1, start_day: 0, duration_days: 1, capacity_factor: 0.5}");
  }

  @Test
  void disruptionStartingAtHorizon_isRefused_evenWithoutWarmup() {
    String text = world(FIXED_LEAD, "{type: supplier_delay, supplier: s1, start_day: 100, duration_days: 1}")
        .replace("warmup_days: 30\n", "");
    ScenarioException e = assertThrows(ScenarioException.class,
        () -> ScenarioLoader.parse(text, Path.of("window.yaml")));
    assertTrue(e.problems().get(0).message().startsWith("starts on day 100, on or after horizon_days (100)"),
        e.problems().get(0).toString());
  }

  @Test
  void invalidWarmup_isReportedOnce_notAgainAtEveryDisruption() {
    String text = world(FIXED_LEAD, "{type: demand_spike, start_day: 10, duration_days: 5, multiplier: 3}")
        .replace("warmup_days: 30", "warmup_days: 150");
    ScenarioException e = assertThrows(ScenarioException.class,
        () -> ScenarioLoader.parse(text, Path.of("window.yaml")));
    assertEquals(1, e.problems().size(), e.problems().toString());
    assertEquals("warmup_days", e.problems().get(0).path());
  }
}
