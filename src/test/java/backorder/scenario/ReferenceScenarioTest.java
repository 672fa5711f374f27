package backorder.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backorder.metric.Constraint;
import backorder.metric.Metric;
import backorder.metric.Objective;
import backorder.policy.Forecast;
import backorder.policy.OrderQuantity;
import backorder.policy.PolicySettings;
import backorder.policy.PolicySettings.MultiSupplier;
import backorder.policy.PolicySettings.PurchasingPlan;
import backorder.policy.PolicySettings.ReorderPoint;
import backorder.policy.SafetyStock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The commented reference scenario and a catalogue/trace portfolio load into the expected records. */
class ReferenceScenarioTest {

  static final Path REFERENCE = Path.of("scenarios/reference.yaml");
  static final Path PORTFOLIO = Path.of("src/test/resources/scenarios/good/catalog-and-trace.yaml");

  @Test
  void reference_loads_withTopLevelKeys() throws Exception {
    Scenario s = ScenarioLoader.load(REFERENCE);

    assertEquals(REFERENCE, s.file());
    assertEquals("reference", s.name());
    assertTrue(s.description().startsWith("A lifestyle influencer features the desk lamp"));
    assertEquals(180, s.horizonDays());
    assertEquals(0, s.warmupDays());
    assertEquals(30, s.replications());
    assertEquals(20261126L, s.seed());
    assertEquals("EUR", s.currency());
    assertEquals(new Objective("net_value", false,
        List.of(new Constraint(Metric.FILL_RATE, Constraint.Op.AT_LEAST, 0.9)), Double.NaN),
        s.objective());
    String sha = HexFormat.of().formatHex(
        MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(REFERENCE)));
    assertEquals(sha, s.sha256());
  }

  @Test
  void reference_product_mapsEveryKey() throws Exception {
    Scenario s = ScenarioLoader.load(REFERENCE);

    assertEquals(1, s.products().size());
    Product lamp = s.products().get(0);
    assertEquals("LAMP-01", lamp.sku());
    assertEquals(39.0, lamp.price());
    assertEquals(0.03, lamp.holdingCostPerUnitDay());
    assertEquals(0.5, lamp.backorderCostPerUnitDay());
    assertEquals(300, lamp.initialOnHand());
    assertEquals(Product.OutOfStock.BACKORDER, lamp.whenOutOfStock());
    Product.Demand d = lamp.demand();
    assertEquals(Product.Demand.Process.POISSON, d.process());
    assertEquals(20, d.ratePerDay());
    assertArrayEquals(new double[] {1, 1, 1, 1, 1.1, 1.3, 1.2}, d.weeklyPattern());
    assertEquals(new Dist(Dist.Kind.EMPIRICAL, 0, 0, 0, new double[] {1, 2, 3},
        new double[] {0.8, 0.15, 0.05}), d.orderSize());
    Product.Customers c = lamp.customers();
    assertEquals(0.9, c.acceptBackorderProbability());
    assertEquals(new Dist(Dist.Kind.EXPONENTIAL, 12, 0, 0, null, null), c.patienceDays());
    assertEquals(1.5, c.notifiedPatienceFactor());
    assertEquals(0.5, c.lostAfterCancelProbability());
    assertEquals(0.3, c.lostAfterStockoutProbability());
    assertEquals(7, c.complaintAfterDays());
    assertEquals(120.0, c.lifetimeValue());
    assertEquals(5000, c.base());
    assertEquals(0.1, c.backorderBoost());
  }

  @Test
  void reference_suppliersAndDisruptions_map() throws Exception {
    Scenario s = ScenarioLoader.load(REFERENCE);

    Supplier primary = s.suppliers().get(0);
    assertEquals("primary", primary.name());
    assertEquals(Set.of("LAMP-01"), primary.skus());
    assertEquals(14.0, primary.unitCost());
    assertEquals(150.0, primary.orderCost());
    assertNull(primary.leadTimeDays());
    assertEquals(Dist.constant(10), primary.productionDays());
    assertEquals(new Dist(Dist.Kind.LOGNORMAL, 18, 4, 0, null, null), primary.transitDays());
    assertEquals(400, primary.capacityUnitsPerDay());
    assertEquals(100, primary.minOrderUnits());
    Supplier backup = s.suppliers().get(1);
    assertNull(backup.skus());
    assertEquals(new Dist(Dist.Kind.UNIFORM, 6, 9, 0, null, null), backup.leadTimeDays());
    assertEquals(Double.POSITIVE_INFINITY, backup.capacityUnitsPerDay());
    assertEquals(0, backup.minOrderUnits());

    assertEquals(3, s.disruptions().size());
    var spike = (Disruption.DemandSpike) s.disruptions().get(0);
    assertEquals(Set.of("LAMP-01"), spike.skus());
    assertEquals(Disruption.Timing.at(30), spike.timing());
    assertEquals(Dist.constant(21), spike.durationDays());
    assertEquals(6.0, spike.multiplier());
    assertEquals(4, spike.halfLifeDays());
    var delay = (Disruption.SupplierDelay) s.disruptions().get(1);
    assertEquals("primary", delay.supplier());
    assertEquals(15, delay.extraDays());
    assertEquals(0.5, delay.capacityFactor());
    var transit = (Disruption.TransitDisruption) s.disruptions().get(2);
    assertEquals(Set.of("primary"), transit.suppliers());
    assertTrue(transit.timing().isRecurring());
    assertEquals(90, transit.timing().meanDaysBetween());
    assertEquals(new Dist(Dist.Kind.UNIFORM, 2, 6, 0, null, null), transit.durationDays());
    assertEquals(3, transit.extraDays());
    assertEquals(1.0, transit.probability());
  }

  @Test
  void reference_policies_map() throws Exception {
    Scenario s = ScenarioLoader.load(REFERENCE);

    assertEquals(List.of("example-safety-stock", "example-dual-sourcing", "example-purchasing-plan"),
        s.policies().stream().map(p -> p.name()).toList());
    var safety = s.policies().get(0);
    assertEquals("reorder_point", safety.type());
    assertEquals(0, safety.reviewPeriodDays());
    assertFalse(safety.notifyCustomers());
    var rp = (ReorderPoint) safety.settings();
    assertEquals("primary", rp.supplier());
    assertTrue(Double.isNaN(rp.rule().reorderPoint()));
    assertEquals(new SafetyStock(SafetyStock.Kind.SERVICE_LEVEL, 0.95), rp.rule().safetyStock());
    assertEquals(new OrderQuantity(OrderQuantity.Kind.FIXED, 500), rp.rule().quantity());

    var dual = s.policies().get(1);
    assertTrue(dual.notifyCustomers());
    var ms = (MultiSupplier) dual.settings();
    assertEquals("primary", ms.primary());
    assertEquals(List.of("backup"), ms.backups());
    assertEquals(MultiSupplier.Mode.EXPEDITE, ms.mode());
    assertEquals(new OrderQuantity(OrderQuantity.Kind.DAYS_OF_COVER, 30), ms.rule().quantity());

    var plan = s.policies().get(2);
    assertEquals(1, plan.reviewPeriodDays());
    PolicySettings settings = plan.settings();
    assertEquals(new PurchasingPlan("primary",
        new Forecast(Forecast.Method.MOVING_AVERAGE, 28, 0.2, 0.1), 5, 30), settings);
  }

  @Test
  void reference_recordsAreImmutable() throws Exception {
    Scenario s = ScenarioLoader.load(REFERENCE);

    assertThrows(UnsupportedOperationException.class, () -> s.products().clear());
    assertThrows(UnsupportedOperationException.class, () -> s.policies().clear());
    assertThrows(UnsupportedOperationException.class,
        () -> s.suppliers().get(0).skus().add("X"));
  }

  @Test
  void portfolio_layersCatalogueRowsOverProductDefaults() throws Exception {
    Scenario s = ScenarioLoader.load(PORTFOLIO);

    assertEquals(List.of("TRACE-1", "CAT-A", "CAT-B", "CAT-C"),
        s.products().stream().map(Product::sku).toList());
    assertEquals(14, s.warmupDays());
    assertEquals(-7, s.seed());
    Product catA = s.products().get(1);
    assertEquals(19.5, catA.price());
    assertEquals(0.02, catA.holdingCostPerUnitDay(), "from product_defaults");
    assertEquals(40, catA.initialOnHand());
    assertEquals(2.5, catA.demand().ratePerDay());
    assertEquals(new Dist(Dist.Kind.GAMMA, 6, 4, 0, null, null), catA.customers().patienceDays(),
        "mean from the row; family and sd from product_defaults");
    assertEquals(0.25, catA.customers().lostAfterCancelProbability());
    Product catB = s.products().get(2);
    assertEquals(25, catB.price(), "empty cell: product_defaults");
    assertEquals(3, catB.demand().ratePerDay(), "empty cell: product_defaults");
    assertArrayEquals(new double[] {1, 1, 1, 1, 2, 3, 0}, catB.demand().weeklyPattern());
    assertEquals(1000, catB.customers().base());
    assertEquals(Double.POSITIVE_INFINITY, catB.customers().complaintAfterDays());
    Product catC = s.products().get(3);
    assertArrayEquals(new double[] {1, 1, 1, 1, 1, 1, 1}, catC.demand().weeklyPattern());
    assertEquals(Dist.constant(1), catC.demand().orderSize());
  }

  @Test
  void portfolio_traceProductAndPolicies() throws Exception {
    Scenario s = ScenarioLoader.load(PORTFOLIO);

    Product traced = s.products().get(0);
    assertEquals(Product.OutOfStock.BACKORDER_IF_INBOUND, traced.whenOutOfStock());
    assertEquals(Product.Demand.Process.TRACE, traced.demand().process());
    assertArrayEquals(new int[] {4, 0, 0, 7, 0, 0, 0, 0, 0, 2}, traced.demand().traceOrdersPerDay());
    assertEquals(1.3, traced.demand().ratePerDay(), 1e-12, "mean orders per day of the trace");
    assertEquals(new Dist(Dist.Kind.GEOMETRIC, 1.5, 0, 0, null, null), traced.demand().orderSize());

    var split = (MultiSupplier) s.policies().get(0).settings();
    assertEquals(MultiSupplier.Mode.SPLIT, split.mode());
    assertEquals(Map.of("factory", 0.75, "local", 0.25), split.split());
    assertEquals(-1, split.rule().reorderPoint());
    assertEquals(new OrderQuantity(OrderQuantity.Kind.UP_TO, 40), split.rule().quantity());
    var failover = (MultiSupplier) s.policies().get(1).settings();
    assertEquals(3.5, failover.failoverAfterDelayDays());
    assertEquals(new SafetyStock(SafetyStock.Kind.DAYS_OF_COVER, 4), failover.rule().safetyStock());
    var plan = (PurchasingPlan) s.policies().get(2).settings();
    assertEquals(new Forecast(Forecast.Method.HOLT, 28, 0.4, 0.1), plan.forecast());
    assertEquals(new Objective("fill_rate", false, List.of(), Double.NaN), s.objective());
    var factory = s.suppliers().get(0);
    assertEquals(new Dist(Dist.Kind.TRIANGULAR, 5, 7, 12, null, null), factory.productionDays());
    assertEquals(new Dist(Dist.Kind.NORMAL, 14, 2, 0, null, null), factory.transitDays());
    assertArrayEquals(new double[] {1, 1, 1}, s.suppliers().get(1).leadTimeDays().weights(),
        "empirical without weights: equal weights");
  }
}
