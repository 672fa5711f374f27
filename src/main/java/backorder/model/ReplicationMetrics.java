package backorder.model;

import static backorder.model.LedgerTable.BACKLOG_AREA;
import static backorder.model.LedgerTable.LOST_CUSTOMERS;
import static backorder.model.LedgerTable.ON_HAND_AREA;

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

  /** The total's record already holds the products' sums ({@link LedgerTable#foldIntoTotal}). */
  ReplicationMetrics(Product[] products, LedgerTable ledgers,
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
      Product product = products[p];
      double h = product.holdingCostPerUnitDay() * ledgers.amount(p, ON_HAND_AREA);
      double b = product.backorderCostPerUnitDay() * ledgers.amount(p, BACKLOG_AREA);
      double v = product.customers().lifetimeValue() * ledgers.count(p, LOST_CUSTOMERS);
      holding += h;
      backorderCost += b;
      lostValue += v;
      double recovery = ledgers.dailyOrders(p) == null ? Double.NaN
          : RecoveryDays.mean(startsAffecting(disruptions, p, starts), ledgers.dailyOrders(p),
              ledgers.dailyFilled(p), warmup, horizon);
      perProduct[p] = MetricValues.of(ledgers, p, span, h, b, v, recovery);
    }
    int total = ledgers.total();
    double totalRecovery = ledgers.dailyOrders(total) == null ? Double.NaN
        : RecoveryDays.mean(starts, ledgers.dailyOrders(total), ledgers.dailyFilled(total), warmup,
            horizon);
    totals = MetricValues.of(ledgers, total, span, holding, backorderCost, lostValue,
        totalRecovery);
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
