package backorder.model;

import backorder.random.CounterRandom;
import backorder.random.RandomStreams;
import backorder.random.Sampler;
import backorder.scenario.Product;

/**
 * The choices of a product's customers: accept a substitute or a backorder, how long to wait,
 * whether to defect. Each draw is keyed by the customer's order number, so customer k behaves the
 * same under every policy (common random numbers that survive different backorder histories).
 */
final class CustomerBehaviour {

  private static final int ACCEPT = 0;
  private static final int PATIENCE = 1;
  private static final int DEFECT_AFTER_CANCEL = 2;
  private static final int DEFECT_AFTER_STOCKOUT = 3;
  // shared by the products without substitutes: a portfolio allocates nothing more per replication
  private static final long[] NO_KEYS = new long[0];
  private static final double[] NO_PROBABILITIES = new double[0];

  private final Product.Customers customers;
  private final long key;
  private final CounterRandom counter = new CounterRandom();
  private final Sampler patience;
  /**
   * One key per substitute position (a key of its own rather than a fifth purpose, so the four
   * draws above keep their counters): the answer to offer i does not depend on which offers
   * before it were in stock.
   */
  private final long[] substituteKeys;
  private final double[] substituteAccept;

  CustomerBehaviour(Product product, RandomStreams streams) {
    this.customers = product.customers();
    this.key = streams.key("customer/" + product.sku());
    int offers = customers.substitutes().size();
    substituteKeys = offers == 0 ? NO_KEYS : new long[offers];
    substituteAccept = offers == 0 ? NO_PROBABILITIES : new double[offers];
    for (int i = 0; i < offers; i++) {
      substituteKeys[i] = streams.key("substitute/" + product.sku() + "/" + i);
      substituteAccept[i] = customers.substitutes().get(i).acceptProbability();
    }
    this.patience = customers.patienceDays() == null ? null
        : DistSamplers.of(customers.patienceDays(), counter);
  }

  boolean acceptsBackorder(long customer) {
    double p = customers.acceptBackorderProbability();
    return p >= 1 || (p > 0 && draw(customer, ACCEPT) < p);
  }

  /** Whether this customer takes the product's substitute at {@code position} when offered it. */
  boolean acceptsSubstitute(long customer, int position) {
    double p = substituteAccept[position];
    return p >= 1 || (p > 0 && counter.reset(substituteKeys[position], customer).nextDouble() < p);
  }

  /** Days this customer waits before cancelling (∞: never); notified customers wait longer. */
  double patience(long customer, boolean notified) {
    if (patience == null) {
      return Double.POSITIVE_INFINITY;
    }
    counter.reset(key, 4 * customer + PATIENCE);
    double days = patience.sample();
    return notified ? days * customers.notifiedPatienceFactor() : days;
  }

  boolean defectsAfterCancel(long customer) {
    double p = customers.lostAfterCancelProbability();
    return p > 0 && draw(customer, DEFECT_AFTER_CANCEL) < p;
  }

  boolean defectsAfterStockout(long customer) {
    double p = customers.lostAfterStockoutProbability();
    return p > 0 && draw(customer, DEFECT_AFTER_STOCKOUT) < p;
  }

  private double draw(long customer, int purpose) {
    return counter.reset(key, 4 * customer + purpose).nextDouble();
  }
}
