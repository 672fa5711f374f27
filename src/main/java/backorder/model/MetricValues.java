package backorder.model;

import static backorder.model.LedgerTable.BACKLOG_AREA;
import static backorder.model.LedgerTable.BACKORDERED_UNITS;
import static backorder.model.LedgerTable.BACKORDERS;
import static backorder.model.LedgerTable.CANCELLATIONS;
import static backorder.model.LedgerTable.COMPLAINTS;
import static backorder.model.LedgerTable.CROSSED;
import static backorder.model.LedgerTable.FILLED_AT_ARRIVAL;
import static backorder.model.LedgerTable.LOST_CUSTOMERS;
import static backorder.model.LedgerTable.LOST_SALES;
import static backorder.model.LedgerTable.ON_HAND_AREA;
import static backorder.model.LedgerTable.ORDERING_COST;
import static backorder.model.LedgerTable.ORDERS;
import static backorder.model.LedgerTable.PREPAID_REVENUE;
import static backorder.model.LedgerTable.PURCHASE_COST;
import static backorder.model.LedgerTable.PURCHASE_ORDERS;
import static backorder.model.LedgerTable.REVENUE;
import static backorder.model.LedgerTable.SUBSTITUTIONS;
import static backorder.model.LedgerTable.SUBSTITUTION_REVENUE;
import static backorder.model.LedgerTable.UNITS_DEMANDED;
import static backorder.model.LedgerTable.UNITS_ORDERED;
import static backorder.model.LedgerTable.WAITS;
import static backorder.model.LedgerTable.WAIT_DAYS;

import backorder.metric.Metric;

/** Turns a replication's ledgers into metric values (SPEC §4). */
final class MetricValues {

  private MetricValues() {}

  /**
   * Values for record r of the ledgers. Money per unit comes from the product (holding, backorder
   * cost, lifetime value); for the total ledger these are passed as already-summed amounts instead.
   */
  static double[] of(LedgerTable l, int r, double span, double holdingCost, double backorderCost,
      double lostCustomerValue, double recoveryDays) {
    long orders = l.count(r, ORDERS);
    long waits = l.count(r, WAITS);
    double revenue = l.amount(r, REVENUE);
    double purchaseCost = l.amount(r, PURCHASE_COST);
    double orderingCost = l.amount(r, ORDERING_COST);
    double[] v = new double[Metric.COUNT];
    set(v, Metric.ORDERS, orders);
    set(v, Metric.UNITS_DEMANDED, l.count(r, UNITS_DEMANDED));
    long filled = l.count(r, FILLED_AT_ARRIVAL);
    set(v, Metric.FILL_RATE, orders == 0 ? Double.NaN : (double) filled / orders);
    set(v, Metric.BACKORDERS, l.count(r, BACKORDERS));
    set(v, Metric.BACKORDERED_UNITS, l.count(r, BACKORDERED_UNITS));
    set(v, Metric.LOST_SALES, l.count(r, LOST_SALES));
    set(v, Metric.CANCELLATIONS, l.count(r, CANCELLATIONS));
    set(v, Metric.LOST_CUSTOMERS, l.count(r, LOST_CUSTOMERS));
    set(v, Metric.COMPLAINTS, l.count(r, COMPLAINTS));
    set(v, Metric.AVG_BACKLOG_UNITS, l.amount(r, BACKLOG_AREA) / span);
    set(v, Metric.MAX_BACKLOG_UNITS, l.maxBacklog(r));
    set(v, Metric.AVG_ON_HAND_UNITS, l.amount(r, ON_HAND_AREA) / span);
    double waitDays = l.amount(r, WAIT_DAYS);
    set(v, Metric.MEAN_BACKORDER_WAIT_DAYS, waits == 0 ? Double.NaN : waitDays / waits);
    set(v, Metric.PURCHASE_ORDERS, l.count(r, PURCHASE_ORDERS));
    set(v, Metric.UNITS_ORDERED, l.count(r, UNITS_ORDERED));
    set(v, Metric.REVENUE, revenue);
    set(v, Metric.PURCHASE_COST, purchaseCost);
    set(v, Metric.ORDERING_COST, orderingCost);
    set(v, Metric.HOLDING_COST, holdingCost);
    set(v, Metric.PROFIT, revenue - purchaseCost - orderingCost - holdingCost);
    set(v, Metric.BACKORDER_COST, backorderCost);
    set(v, Metric.TOTAL_COST, purchaseCost + orderingCost + holdingCost + backorderCost);
    set(v, Metric.LOST_CUSTOMER_VALUE, lostCustomerValue);
    set(v, Metric.WORST_WEEK_BACKORDERS, l.worstWeek(r));
    set(v, Metric.RECOVERY_DAYS, recoveryDays);
    set(v, Metric.PREPAID_REVENUE, l.amount(r, PREPAID_REVENUE));
    set(v, Metric.PURCHASE_ORDERS_CROSSED, l.count(r, CROSSED));
    set(v, Metric.NET_VALUE,
        revenue - purchaseCost - orderingCost - holdingCost - backorderCost - lostCustomerValue);
    set(v, Metric.SUBSTITUTIONS, l.count(r, SUBSTITUTIONS));
    set(v, Metric.SUBSTITUTION_REVENUE, l.amount(r, SUBSTITUTION_REVENUE));
    return v;
  }

  private static void set(double[] v, Metric m, double value) {
    v[m.ordinal()] = value;
  }
}
