package backorder.model;

import backorder.metric.Metric;

/** Turns a replication's ledgers into metric values (SPEC §4). */
final class MetricValues {

  private MetricValues() {}

  /**
   * Values for one ledger. Money per unit comes from the product (holding, backorder cost, lifetime
   * value); for the total ledger these are passed as already-summed amounts instead.
   */
  static double[] of(ProductLedger l, double span, double holdingCost, double backorderCost,
      double lostCustomerValue, double recoveryDays) {
    double[] v = new double[Metric.COUNT];
    set(v, Metric.ORDERS, l.orders);
    set(v, Metric.UNITS_DEMANDED, l.unitsDemanded);
    set(v, Metric.FILL_RATE, l.orders == 0 ? Double.NaN : (double) l.filledAtArrival / l.orders);
    set(v, Metric.BACKORDERS, l.backorders);
    set(v, Metric.BACKORDERED_UNITS, l.backorderedUnits);
    set(v, Metric.LOST_SALES, l.lostSales);
    set(v, Metric.CANCELLATIONS, l.cancellations);
    set(v, Metric.LOST_CUSTOMERS, l.lostCustomers);
    set(v, Metric.COMPLAINTS, l.complaints);
    set(v, Metric.AVG_BACKLOG_UNITS, l.backlogArea / span);
    set(v, Metric.MAX_BACKLOG_UNITS, l.maxBacklog);
    set(v, Metric.AVG_ON_HAND_UNITS, l.onHandArea / span);
    set(v, Metric.MEAN_BACKORDER_WAIT_DAYS, l.waitCount == 0 ? Double.NaN : l.waitSum / l.waitCount);
    set(v, Metric.PURCHASE_ORDERS, l.purchaseOrders);
    set(v, Metric.UNITS_ORDERED, l.unitsOrdered);
    set(v, Metric.REVENUE, l.revenue);
    set(v, Metric.PURCHASE_COST, l.purchaseCost);
    set(v, Metric.ORDERING_COST, l.orderingCost);
    set(v, Metric.HOLDING_COST, holdingCost);
    set(v, Metric.PROFIT, l.revenue - l.purchaseCost - l.orderingCost - holdingCost);
    set(v, Metric.BACKORDER_COST, backorderCost);
    set(v, Metric.TOTAL_COST, l.purchaseCost + l.orderingCost + holdingCost + backorderCost);
    set(v, Metric.LOST_CUSTOMER_VALUE, lostCustomerValue);
    set(v, Metric.WORST_WEEK_BACKORDERS, l.worstWeek);
    set(v, Metric.RECOVERY_DAYS, recoveryDays);
    set(v, Metric.PREPAID_REVENUE, l.prepaidRevenue);
    set(v, Metric.PURCHASE_ORDERS_CROSSED, l.crossed);
    set(v, Metric.NET_VALUE,
        l.revenue - l.purchaseCost - l.orderingCost - holdingCost - backorderCost - lostCustomerValue);
    return v;
  }

  private static void set(double[] v, Metric m, double value) {
    v[m.ordinal()] = value;
  }
}
