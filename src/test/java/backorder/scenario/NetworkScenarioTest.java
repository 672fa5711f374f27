package backorder.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backorder.policy.PolicySettings;
import backorder.policy.PolicySpec;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code locations} and per-location policy settings ({@code at}) as the loader reads them (SPEC §7). */
class NetworkScenarioTest {

  static final Path TWO_STORES = Path.of("src/test/resources/scenarios/network/two-stores.yaml");

  private static double reorderPoint(PolicySpec spec) {
    return ((PolicySettings.ReorderPoint) spec.settings()).rule().reorderPoint();
  }

  @Test
  void locations_areReadInOrder_withTheWarehouseFirstHere() throws ScenarioException {
    Network net = ScenarioLoader.load(TWO_STORES).network();
    assertEquals(List.of("dc", "north", "south"),
        net.locations().stream().map(Location::name).toList());
    assertEquals(0, net.warehouse());
    Location south = net.locations().get(2);
    assertEquals("dc", south.replenishedFrom());
    assertEquals(Dist.Kind.UNIFORM, south.transitDays().kind());
    assertEquals("{dist: uniform, min: 1, max: 3}", south.transitText());
    assertEquals(0.4, south.demandShare());
    assertNull(net.locations().get(0).transitText());
  }

  @Test
  void at_overridesThePolicysOwnKeysPerLocation_theOthersKeepTheDefaults() throws ScenarioException {
    Scenario s = ScenarioLoader.load(TWO_STORES);
    List<PolicySpec> baseStock = s.network().specsOf("base-stock");
    assertEquals(List.of(20.0, 4.0, 4.0), baseStock.stream().map(NetworkScenarioTest::reorderPoint).toList());
    List<PolicySpec> lots = s.network().specsOf("lots");
    var dc = ((PolicySettings.ReorderPoint) lots.get(0).settings()).rule().quantity();
    var north = ((PolicySettings.ReorderPoint) lots.get(1).settings()).rule().quantity();
    assertTrue(dc.toString().contains("40"), dc::toString);
    assertTrue(north.toString().contains("10"), north::toString);
    assertEquals(reorderPoint(s.policies().get(0)), 20.0);
  }

  @Test
  void at_mayChangeTheReviewPeriodOfOneLocation() throws ScenarioException {
    String yaml = """
        name: review-at
        horizon_days: 30
        products: [{sku: A, price: 1, demand: {process: poisson, rate_per_day: 1}}]
        suppliers: [{name: s, lead_time_days: 2}]
        locations:
          - {name: dc}
          - {name: shop, replenished_from: dc, transit_days: 1, demand_share: 1}
        policies:
          - {name: p, type: reorder_point, supplier: s, reorder_point: 3, order_quantity: 2,
             at: {shop: {review_period_days: 7}}}
        """;
    Scenario s = ScenarioLoader.parse(yaml, Path.of("review-at.yaml"));
    List<PolicySpec> specs = s.network().specsOf("p");
    assertEquals(0, specs.get(0).reviewPeriodDays());
    assertEquals(7, specs.get(1).reviewPeriodDays());
  }

  /** reference.yaml's commented network example (lines starting "#|") is a valid network. */
  @Test
  void referenceNetworkExample_uncommented_loads_withAtReplacingAlternatives() throws Exception {
    String text = java.nio.file.Files.readString(Path.of("scenarios/reference.yaml"))
        .replaceAll("(?m)^#\\|", "");
    Scenario s = ScenarioLoader.parse(text, Path.of("scenarios/reference-network.yaml"));
    assertEquals(3, s.network().locations().size());
    List<PolicySpec> safety = s.network().specsOf("example-safety-stock");
    var dc = ((PolicySettings.ReorderPoint) safety.get(0).settings()).rule();
    var north = ((PolicySettings.ReorderPoint) safety.get(1).settings()).rule();
    var south = ((PolicySettings.ReorderPoint) safety.get(2).settings()).rule();
    assertTrue(dc.safetyStock() != null && Double.isNaN(dc.reorderPoint()), dc::toString);
    assertEquals(40, north.reorderPoint());
    assertNull(north.safetyStock(), "reorder_point at north replaces the default safety_stock");
    assertTrue(south.safetyStock().toString().contains("10"), south::toString);
    var closure = (Disruption.TransitDisruption) s.disruptions().get(2);
    assertTrue(closure.holdsShipmentsTo("north") && closure.holds("primary"));
    assertTrue(!closure.holdsShipmentsTo("south"));
  }

  @Test
  void aScenarioWithoutLocations_hasNoNetwork() throws ScenarioException {
    assertNull(ScenarioLoader.load(Path.of("scenarios/influencer-spike.yaml")).network());
  }

  @Test
  void aTraceCannotBeSharedAmongStores() {
    String yaml = """
        name: trace-net
        horizon_days: 30
        products: [{sku: A, price: 1, demand: {process: trace, trace: data/orders.csv}}]
        suppliers: [{name: s, lead_time_days: 2}]
        locations:
          - {name: dc}
          - {name: shop, replenished_from: dc, transit_days: 1, demand_share: 1}
        policies:
          - {name: p, type: reorder_point, supplier: s, reorder_point: 3, order_quantity: 2}
        """;
    ScenarioException e = assertThrows(ScenarioException.class,
        () -> ScenarioLoader.parse(yaml, Path.of("src/test/resources/scenarios/good/trace-net.yaml")));
    assertTrue(e.problems().stream().anyMatch(p -> p.message().contains("process: trace cannot")),
        e.problems()::toString);
  }

  @Test
  void aLocationWithProblemsOfItsOwn_isNotCalledUnknown_norTheNetworkAbsent() throws Exception {
    // the warehouse given a replenished_from without a store's keys: a problem of dc's own entry
    String yaml = java.nio.file.Files.readString(TWO_STORES)
        .replace("  - name: dc\n", "  - name: dc\n    replenished_from: north\n");
    ScenarioException e = assertThrows(ScenarioException.class,
        () -> ScenarioLoader.parse(yaml, TWO_STORES));
    String problems = e.problems().toString();
    assertTrue(problems.contains("locations[0].transit_days: required for a store"), problems);
    assertFalse(problems.contains("unknown location 'dc'"), problems);
    assertFalse(problems.contains("this scenario has no locations"), problems); // its disruption
  }
}
