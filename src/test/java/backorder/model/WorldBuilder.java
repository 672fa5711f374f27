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
import java.util.List;

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

  WorldBuilder baseStock(long level) {
    return reorderPoint("base-stock", level - 1, 1, 0);
  }

  WorldBuilder reorderPoint(String name, double s, double q, double review) {
    policies.add(new PolicySpec(name, "reorder_point", review, false, true,
        new PolicySettings.ReorderPoint("primary",
            new ReorderRule(s, null, new OrderQuantity(OrderQuantity.Kind.FIXED, q)))));
    return this;
  }

  WorldBuilder policy(PolicySpec spec) {
    policies.add(spec);
    return this;
  }

  Scenario build() {
    List<Product> products = new ArrayList<>();
    for (int i = 0; i < productCount; i++) {
      products.add(new Product("SKU-" + i, price, holding, backorderCost, initialOnHand, outOfStock,
          new Product.Demand(Product.Demand.Process.valueOf(process.toUpperCase()), rate,
              Arrays.copyOf(weekly, 7), new int[0], orderSize),
          customers));
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
