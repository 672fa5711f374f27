package backorder.model;

import backorder.policy.PlanningInputs;
import backorder.scenario.Location;
import backorder.scenario.Network;
import backorder.scenario.Product;
import backorder.scenario.Scenario;
import backorder.scenario.Supplier;
import java.util.Arrays;
import java.util.List;

/**
 * What each location of a network (SPEC §7) is built from: the products as a store sees them (its
 * share of the demand, its own customer keys), the warehouse's products (store orders bring no
 * revenue or goodwill), the starting stock per location, and the planning inputs a location's policy
 * derives its levels from (a store: its share of demand over its transit time; the warehouse: the
 * stores' combined demand over the suppliers' lead times).
 */
public final class NetworkSetup {

  private NetworkSetup() {}

  /** A store's products: rate and customer base × share, named {@code sku@store} for their draws. */
  static Product[] storeProducts(Scenario s, Location store) {
    double share = store.demandShare();
    return s.products().stream().map(p -> {
      Product.Demand d = p.demand();
      Product.Customers c = p.customers();
      long base = c.base() == 0 ? 0 : Math.max(1, Math.round(c.base() * share));
      return new Product(p.sku() + "@" + store.name(), p.price(), p.holdingCostPerUnitDay(),
          p.backorderCostPerUnitDay(), p.initialOnHand(), p.whenOutOfStock(),
          new Product.Demand(d.process(), d.ratePerDay() * share, d.weeklyPattern(),
              d.traceOrdersPerDay(), d.orderSize()),
          new Product.Customers(c.acceptBackorderProbability(), c.patienceDays(),
              c.notifiedPatienceFactor(), c.lostAfterCancelProbability(),
              c.lostAfterStockoutProbability(), c.complaintAfterDays(), c.lifetimeValue(), base,
              c.backorderBoost(), c.substitutes()));
    }).toArray(Product[]::new);
  }

  /** The warehouse's products: its "customers" are store orders, which pay and complain nothing. */
  static Product[] warehouseProducts(Scenario s) {
    return s.products().stream().map(p -> new Product(p.sku(), 0, p.holdingCostPerUnitDay(), 0,
        p.initialOnHand(), Product.OutOfStock.BACKORDER, p.demand(), Product.Customers.DEFAULT))
        .toArray(Product[]::new);
  }

  /** Suppliers as a store's books see them: transfers from the warehouse cost nothing there. */
  static List<Supplier> transferSuppliers(Scenario s) {
    return s.suppliers().stream().map(x -> new Supplier(x.name(), x.skus(), 0, 0,
        x.leadTimeDays(), x.productionDays(), x.transitDays(), x.capacityUnitsPerDay(),
        x.minOrderUnits())).toList();
  }

  /**
   * Units of product p at location l at day 0: each store its share of {@code initial_on_hand}
   * (rounded down), the warehouse the rest, so the network starts with the product's stock.
   */
  static long initialOnHand(Network net, Product p, int l) {
    List<Location> all = net.locations();
    if (!all.get(l).isWarehouse()) {
      return (long) Math.floor(p.initialOnHand() * all.get(l).demandShare());
    }
    long rest = p.initialOnHand();
    for (Location x : all) {
      if (!x.isWarehouse()) {
        rest -= (long) Math.floor(p.initialOnHand() * x.demandShare());
      }
    }
    return rest;
  }

  /** The planning inputs of location l's policy. */
  public static PlanningInputs inputs(Scenario s, int l) {
    PlanningInputs all = Planning.inputs(s);
    Location loc = s.network().locations().get(l);
    if (loc.isWarehouse()) {
      return all;
    }
    double share = loc.demandShare();
    double[] rate = all.meanOrdersPerDay().clone();
    for (int p = 0; p < rate.length; p++) {
      rate[p] *= share;
    }
    int m = all.supplierNames().size();
    double[] lead = new double[m];
    double[] leadVar = new double[m];
    // whichever supplier a store's policy names, its orders come from the warehouse
    Arrays.fill(lead, loc.transitDays().mean());
    Arrays.fill(leadVar, loc.transitDays().variance());
    return new PlanningInputs(rate, all.orderSizeMean(), all.orderSizeSecondMoment(),
        all.poissonArrivals(), all.supplierNames(), lead, leadVar, all.supplies());
  }
}
