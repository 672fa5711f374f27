package backorder.model;

import backorder.experiment.ExperimentResult;
import backorder.metric.Metric;
import backorder.scenario.Product;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Demand that reacts to the shop: the scarcity boost and a finite customer base, against closed forms. */
class CustomerEffectsTest {

  /**
   * No stock and no ordering: from the first order on the product always shows as backordered, so
   * orders arrive at λ(1 + boost) after a first one at rate λ: E[N(T)] ≈ 1 + λ(1 + b)(T − 1/λ).
   */
  @Test
  void backorderBoost_raisesDemandWhileBackordered() {
    double lambda = 4;
    double boost = 0.5;
    double horizon = 50;
    WorldBuilder b = new WorldBuilder();
    b.rate = lambda;
    b.horizon = horizon;
    b.replications = 60;
    b.customers = new Product.Customers(1, null, 1, 0, 0, Double.POSITIVE_INFINITY, 0, 0, boost,
        List.of());
    b.reorderPoint("never", -1e9, 1, 0);
    ExperimentResult r = Runs.run(b.build(), 2);
    double expected = 1 + lambda * (1 + boost) * (horizon - 1 / lambda);
    Runs.assertCovers(Runs.metric(r, 0, Metric.ORDERS), expected, 0.5, "orders");
  }

  /**
   * Every refused customer defects and each defection lowers the rate by λ/B: orders follow
   * dN/dt = λ(1 − N/B), so E[N(T)] ≈ B(1 − e^(−λT/B)) (the deterministic limit; B large).
   */
  @Test
  void finiteCustomerBase_shrinksDemandWithEachDefection() {
    double lambda = 20;
    long base = 400;
    double horizon = 30;
    WorldBuilder b = new WorldBuilder();
    b.rate = lambda;
    b.horizon = horizon;
    b.replications = 40;
    b.outOfStock = Product.OutOfStock.LOST_SALE;
    b.customers = new Product.Customers(1, null, 1, 0, 1.0, Double.POSITIVE_INFINITY, 0, base, 0,
        List.of());
    b.reorderPoint("never", -1e9, 1, 0);
    ExperimentResult r = Runs.run(b.build(), 2);
    double expected = base * (1 - Math.exp(-lambda * horizon / base));
    Runs.assertCovers(Runs.metric(r, 0, Metric.LOST_CUSTOMERS), expected, 0.5, "lost customers");
  }
}
