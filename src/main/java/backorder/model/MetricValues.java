package backorder.model;

import backorder.metric.Metric;
import backorder.model.ProductLedger.Amount;
import backorder.model.ProductLedger.Count;

/** Turns a replication's ledgers into metric values (SPEC §4). */
final class MetricValues {

  private MetricValues() {}

  /**
   * Values for one ledger. Money per unit comes from the product (holding, backorder cost, lifetime
   * value); for the total ledger these are passed as already-summed amounts instead.
   */
  static double[] of(ProductLedger l, double span, double holdingCost, double backorderCost,
      double lostCustomerValue, double recoveryDays) {
    long[] c = l.counts;
    double[] a = l.amounts;
    long orders = c[Count.ORDERS];
    long waits = c[Count.WAITS];
    double revenue = a[Amount.REVENUE];
    double purchaseCost = a[Amount.PURCHASE_COST];
    double orderingCost = a[Amount.ORDERING_COST];
    double[] v = new double[Metric.COUNT];
    set(v, Metric.ORDERS, orders);
    set(v, Metric.UNITS_DEMANDED, c[Count.UNITS_DEMANDED]);
    set(v, Metric.FILL_RATE, orders == 0 ? Double.NaN : (double) c[Count.FILLED_AT_ARRIVAL] / orders);
    set(v, Metric.BACKORDERS, c[Count.BACKORDERS]);
    set(v, Metric.BACKORDERED_UNITS, c[Count.BACKORDERED_UNITS]);
    set(v, Metric.LOST_SALES, c[Count.LOST_SALES]);
    set(v, Metric.CANCELLATIONS, c[Count.CANCELLATIONS]);
    set(v, Metric.LOST_CUSTOMERS, c[Count.LOST_CUSTOMERS]);
    set(v, Metric.COMPLAINTS, c[Count.COMPLAINTS]);
    set(v, Metric.AVG_BACKLOG_UNITS, a[Amount.BACKLOG_AREA] / span);
    set(v, Metric.MAX_BACKLOG_UNITS, l.maxBacklog);
    set(v, Metric.AVG_ON_HAND_UNITS, a[Amount.ON_HAND_AREA] / span);
    set(v, Metric.MEAN_BACKORDER_WAIT_DAYS, waits == 0 ? Double.NaN : a[Amount.WAIT_DAYS] / waits);
    set(v, Metric.PURCHASE_ORDERS, c[Count.PURCHASE_ORDERS]);
    set(v, Metric.UNITS_ORDERED, c[Count.UNITS_ORDERED]);
    set(v, Metric.REVENUE, revenue);
    set(v, Metric.PURCHASE_COST, purchaseCost);
    set(v, Metric.ORDERING_COST, orderingCost);
    set(v, Metric.HOLDING_COST, holdingCost);
    set(v, Metric.PROFIT, revenue - purchaseCost - orderingCost - holdingCost);
    set(v, Metric.BACKORDER_COST, backorderCost);
    set(v, Metric.TOTAL_COST, purchaseCost + orderingCost + holdingCost + backorderCost);
    set(v, Metric.LOST_CUSTOMER_VALUE, lostCustomerValue);
    set(v, Metric.WORST_WEEK_BACKORDERS, l.worstWeek);
    set(v, Metric.RECOVERY_DAYS, recoveryDays);
    set(v, Metric.PREPAID_REVENUE, a[Amount.PREPAID_REVENUE]);
    set(v, Metric.PURCHASE_ORDERS_CROSSED, c[Count.CROSSED]);
    set(v, Metric.NET_VALUE,
        revenue - purchaseCost - orderingCost - holdingCost - backorderCost - lostCustomerValue);
    set(v, Metric.SUBSTITUTIONS, c[Count.SUBSTITUTIONS]);
    set(v, Metric.SUBSTITUTION_REVENUE, a[Amount.SUBSTITUTION_REVENUE]);
    return v;
  }

  private static void set(double[] v, Metric m, double value) {
    v[m.ordinal()] = value;
  }
}
