package backorder.model;

import backorder.model.ProductLedger.Amount;
import backorder.model.ProductLedger.Count;
import backorder.scenario.Product;
import java.util.ArrayList;
import java.util.List;

/**
 * The metric values of a finished replication, per product and in total: money from the ledgers'
 * counts and integrals, recovery after the disruptions that touched each product.
 */
final class ReplicationMetrics {

  private final double[] totals;
  private final double[][] perProduct;

  /** {@code total} already holds the products' counts and amounts (see {@link ProductLedger#add}). */
  ReplicationMetrics(Product[] products, ProductLedger[] ledgers, ProductLedger total,
      DisruptionSchedule disruptions, double warmup, double horizon) {
    double span = horizon - warmup;
    double[] starts = new double[disruptions.size()];
    for (int i = 0; i < starts.length; i++) {
      starts[i] = disruptions.window(i).start();
    }
    perProduct = new double[products.length][];
    double holding = 0;
    double backorderCost = 0;
    double lostValue = 0;
    for (int p = 0; p < products.length; p++) {
      ProductLedger l = ledgers[p];
      Product product = products[p];
      double h = product.holdingCostPerUnitDay() * l.amounts[Amount.ON_HAND_AREA];
      double b = product.backorderCostPerUnitDay() * l.amounts[Amount.BACKLOG_AREA];
      double v = product.customers().lifetimeValue() * l.counts[Count.LOST_CUSTOMERS];
      holding += h;
      backorderCost += b;
      lostValue += v;
      double recovery = l.dailyOrders == null ? Double.NaN
          : RecoveryDays.mean(startsAffecting(disruptions, p, starts), l.dailyOrders, l.dailyFilled,
              warmup, horizon);
      perProduct[p] = MetricValues.of(l, span, h, b, v, recovery);
    }
    double totalRecovery = total.dailyOrders == null ? Double.NaN
        : RecoveryDays.mean(starts, total.dailyOrders, total.dailyFilled, warmup, horizon);
    totals = MetricValues.of(total, span, holding, backorderCost, lostValue, totalRecovery);
  }

  double[] totals() {
    return totals;
  }

  double[][] perProduct() {
    return perProduct;
  }

  private static double[] startsAffecting(DisruptionSchedule disruptions, int p, double[] starts) {
    List<Double> mine = new ArrayList<>();
    for (int i = 0; i < starts.length; i++) {
      if (disruptions.affects(i, p)) {
        mine.add(starts[i]);
      }
    }
    return mine.stream().mapToDouble(Double::doubleValue).toArray();
  }
}
