package backorder.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backorder.metric.Metric;
import backorder.policy.Forecast;
import backorder.policy.OrderQuantity;
import backorder.policy.PolicySettings;
import backorder.policy.PolicySpec;
import backorder.policy.ReorderRule;
import backorder.policy.SafetyStock;
import backorder.scenario.Disruption;
import backorder.scenario.Dist;
import backorder.scenario.Product;
import backorder.scenario.Supplier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Properties that hold in any world: random scenarios (demand, lead times, capacity, patience,
 * out-of-stock rules, substitutes, disruptions, every policy type) must balance units and orders
 * at the end of every replication (the world audits itself and throws otherwise) and keep the
 * metrics coherent.
 */
class InvariantPropertyTest {

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20,
      21, 22, 23, 24, 25, 26, 27, 28, 29, 30})
  void randomWorld_conservesUnitsAndEndsEveryOrderOnce(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    WorldBuilder b = new WorldBuilder();
    b.seed = seed;
    b.horizon = 60 + rnd.nextInt(200);
    b.productCount = 1 + rnd.nextInt(3);
    b.rate = 0.5 + rnd.nextDouble() * 10;
    b.process = rnd.nextInt(4) == 0 ? "deterministic" : "poisson";
    b.orderSize = rnd.nextBoolean() ? Dist.constant(1)
        : new Dist(Dist.Kind.GEOMETRIC, 1 + rnd.nextDouble() * 3, 0, 0, null, null);
    b.initialOnHand = rnd.nextInt(50);
    b.outOfStock = Product.OutOfStock.values()[rnd.nextInt(3)];
    b.customers = new Product.Customers(rnd.nextDouble(),
        rnd.nextBoolean() ? null : new Dist(Dist.Kind.EXPONENTIAL, 1 + rnd.nextDouble() * 10, 0, 0, null, null),
        1.5, rnd.nextDouble(), rnd.nextDouble(), 1 + rnd.nextInt(10), 10, rnd.nextBoolean() ? 0 : 500,
        rnd.nextBoolean() ? 0 : 0.3, List.of());
    if (rnd.nextBoolean()) {
      b.production = new Dist(Dist.Kind.UNIFORM, 1, 4, 0, null, null);
      b.transit = new Dist(Dist.Kind.LOGNORMAL, 5, 2, 0, null, null);
    } else {
      b.leadTime = new Dist(Dist.Kind.GAMMA, 2 + rnd.nextDouble() * 8, 1 + rnd.nextDouble() * 3, 0, null, null);
    }
    b.capacity = rnd.nextBoolean() ? Double.POSITIVE_INFINITY : 5 + rnd.nextDouble() * 20;
    b.minOrder = rnd.nextInt(3) == 0 ? 10 : 0;
    b.extraSuppliers.add(new Supplier("backup", null, 6, 5, Dist.constant(1 + rnd.nextInt(3)), null,
        null, Double.POSITIVE_INFINITY, 0));
    b.disruptions.add(new Disruption.DemandSpike(null, Disruption.Timing.at(rnd.nextInt(40)),
        Dist.constant(5 + rnd.nextInt(20)), 1 + rnd.nextDouble() * 5,
        rnd.nextBoolean() ? Double.NaN : 3));
    b.disruptions.add(new Disruption.SupplierDelay("primary", Disruption.Timing.recurring(40),
        new Dist(Dist.Kind.UNIFORM, 2, 10, 0, null, null), rnd.nextInt(10), rnd.nextDouble()));
    b.disruptions.add(new Disruption.TransitDisruption(null, Disruption.Timing.recurring(30),
        Dist.constant(3), 2, 0.7));
    ReorderRule rule = new ReorderRule(Double.NaN,
        new SafetyStock(SafetyStock.Kind.SERVICE_LEVEL, 0.9),
        new OrderQuantity(OrderQuantity.Kind.DAYS_OF_COVER, 5));
    boolean notify = rnd.nextBoolean();
    b.policies.add(new PolicySpec("rop", "reorder_point", rnd.nextInt(3), notify, true,
        new PolicySettings.ReorderPoint("primary", rule)));
    b.policies.add(new PolicySpec("multi", "multi_supplier", 0, notify, true,
        new PolicySettings.MultiSupplier("primary", List.of("backup"),
            PolicySettings.MultiSupplier.Mode.values()[rnd.nextInt(3)],
            Map.of("primary", 0.6, "backup", 0.4), 2, rule)));
    b.policies.add(new PolicySpec("plan", "purchasing_plan", 1, notify, true,
        new PolicySettings.PurchasingPlan("primary",
            new Forecast(Forecast.Method.values()[rnd.nextInt(3)], 14, 0.3, 0.1), 2, 10)));
    substitutes(b, rnd);
    var scenario = b.build();
    var inputs = Planning.inputs(scenario);
    for (PolicySpec spec : scenario.policies()) {
      for (int r = 0; r < 2; r++) {
        var world = new InventoryWorld(scenario,
            spec.newPolicy(inputs), r);
        ReplicationResult result = world.run(); // audits itself: throws when a balance fails
        // revenue is booked per ledger, units shipped by the audit's own count: they must agree
        assertEquals(b.price * world.lastAudit().unitsShipped(), Runs.value(result, Metric.REVENUE),
            1e-6, spec.name());
        assertOrdersEndOnce(result.totals(), spec.name() + " total");
        for (int p = 0; p < b.productCount; p++) {
          assertOrdersEndOnce(result.perProduct()[p], spec.name() + " SKU-" + p);
        }
        assertTrue(Runs.value(result, Metric.SUBSTITUTION_REVENUE) <= Runs.value(result, Metric.REVENUE));
        assertTrue(Runs.value(result, Metric.CANCELLATIONS) <= Runs.value(result, Metric.BACKORDERS));
        assertTrue(Runs.value(result, Metric.MAX_BACKLOG_UNITS) >= Runs.value(result, Metric.AVG_BACKLOG_UNITS));
      }
    }
  }

  /**
   * With several products, each may offer the others as substitutes (in a random order, with
   * random chances, cycles allowed); most policies offer them. Drawn last, so the rest of each
   * seed's world is what it was before substitutes existed.
   */
  private static void substitutes(WorldBuilder b, SplittableRandom rnd) {
    boolean offer = rnd.nextInt(4) != 0;
    b.policies.replaceAll(s -> new PolicySpec(s.name(), s.type(), s.reviewPeriodDays(),
        s.notifyCustomers(), offer, s.settings()));
    for (int p = 0; p < b.productCount; p++) {
      List<Product.Substitute> offers = new ArrayList<>();
      for (int q = 0; q < b.productCount; q++) {
        if (q != p && rnd.nextBoolean()) {
          offers.add(new Product.Substitute("SKU-" + q, rnd.nextInt(3) == 0 ? 1 : rnd.nextDouble()));
        }
      }
      Collections.shuffle(offers, new java.util.Random(rnd.nextLong()));
      b.substitutes(p, offers.toArray(new Product.Substitute[0]));
    }
  }

  /** Orders asked for = shipped at arrival + substituted + backordered + lost (per product and in total). */
  private static void assertOrdersEndOnce(double[] v, String what) {
    double orders = v[Metric.ORDERS.ordinal()];
    double filled = orders == 0 ? 0 : orders * v[Metric.FILL_RATE.ordinal()];
    assertEquals(orders, Math.round(filled) + v[Metric.SUBSTITUTIONS.ordinal()]
        + v[Metric.BACKORDERS.ordinal()] + v[Metric.LOST_SALES.ordinal()], 1e-6, what);
  }
}
