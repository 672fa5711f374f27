package backorder.model;

import backorder.policy.OrderQuantity;
import backorder.policy.PolicySettings;
import backorder.policy.PolicySpec;
import backorder.policy.ReorderRule;
import backorder.scenario.Disruption;
import backorder.scenario.Dist;
import backorder.scenario.Product;
import backorder.scenario.Scenario;
import backorder.scenario.Supplier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Builds small scenarios in code for model tests, one product and one supplier unless told otherwise. */
final class WorldBuilder {

  double horizon = 1000;
  double warmup = 0;
  int replications = 10;
  long seed = 42;
  String process = "poisson";
  double rate = 5;
  double[] weekly = {1, 1, 1, 1, 1, 1, 1};
  Dist orderSize = Dist.constant(1);
  long initialOnHand = 0;
  Product.OutOfStock outOfStock = Product.OutOfStock.BACKORDER;
  Product.Customers customers = Product.Customers.DEFAULT;
  Dist leadTime = Dist.constant(4);
  Dist production;
  Dist transit;
  double capacity = Double.POSITIVE_INFINITY;
  long minOrder = 0;
  double price = 10;
  double unitCost = 4;
  double orderCost = 0;
  double holding = 0;
  double backorderCost = 0;
  List<Disruption> disruptions = new ArrayList<>();
  List<Supplier> extraSuppliers = new ArrayList<>();
  List<PolicySpec> policies = new ArrayList<>();
  int productCount = 1;
  /** Changes to product i after the common settings above (e.g. its own stock or substitutes). */
  Map<Integer, UnaryOperator<Product>> adjust = new HashMap<>();

  WorldBuilder baseStock(long level) {
    return reorderPoint("base-stock", level - 1, 1, 0);
  }

  WorldBuilder reorderPoint(String name, double s, double q, double review) {
    policies.add(new PolicySpec(name, "reorder_point", review, false, true,
        new PolicySettings.ReorderPoint("primary",
            new ReorderRule(s, null, new OrderQuantity(OrderQuantity.Kind.FIXED, q)))));
    return this;
  }

  /** Product i ("SKU-i") offers these substitutes, in order. */
  WorldBuilder substitutes(int i, Product.Substitute... offers) {
    return change(i, p -> new Product(p.sku(), p.price(), p.holdingCostPerUnitDay(),
        p.backorderCostPerUnitDay(), p.initialOnHand(), p.whenOutOfStock(), p.demand(),
        withSubstitutes(p.customers(), List.of(offers))));
  }

  /** Product i starts with {@code onHand} units and sells at {@code price}. */
  WorldBuilder stock(int i, long onHand, double price) {
    return change(i, p -> new Product(p.sku(), price, p.holdingCostPerUnitDay(),
        p.backorderCostPerUnitDay(), onHand, p.whenOutOfStock(), p.demand(), p.customers()));
  }

  private WorldBuilder change(int i, UnaryOperator<Product> change) {
    UnaryOperator<Product> before = adjust.getOrDefault(i, UnaryOperator.identity());
    adjust.put(i, p -> change.apply(before.apply(p)));
    return this;
  }

  static Product.Customers withSubstitutes(Product.Customers c, List<Product.Substitute> offers) {
    return new Product.Customers(c.acceptBackorderProbability(), c.patienceDays(),
        c.notifiedPatienceFactor(), c.lostAfterCancelProbability(),
        c.lostAfterStockoutProbability(), c.complaintAfterDays(), c.lifetimeValue(), c.base(),
        c.backorderBoost(), offers);
  }

  WorldBuilder policy(PolicySpec spec) {
    policies.add(spec);
    return this;
  }

  Scenario build() {
    List<Product> products = new ArrayList<>();
    for (int i = 0; i < productCount; i++) {
      Product product = new Product("SKU-" + i, price, holding, backorderCost, initialOnHand,
          outOfStock, new Product.Demand(Product.Demand.Process.valueOf(process.toUpperCase()),
              rate, Arrays.copyOf(weekly, 7), new int[0], orderSize),
          customers);
      products.add(adjust.getOrDefault(i, UnaryOperator.identity()).apply(product));
    }
    List<Supplier> suppliers = new ArrayList<>();
    suppliers.add(new Supplier("primary", null, unitCost, orderCost,
        production == null ? leadTime : null, production, transit, capacity, minOrder));
    suppliers.addAll(extraSuppliers);
    return Scenario.builder(Path.of("test.yaml"), "test").horizonDays(horizon).warmupDays(warmup)
        .replications(replications).seed(seed).products(products).suppliers(suppliers)
        .disruptions(disruptions).policies(policies).sha256("0").build();
  }

  static Product.Customers customers(Dist patience, double acceptProbability) {
    return new Product.Customers(acceptProbability, patience, 1.0, 0, 0, Double.POSITIVE_INFINITY,
        0, 0, 0, List.of());
  }
}
