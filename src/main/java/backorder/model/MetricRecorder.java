package backorder.model;

import static backorder.model.LedgerTable.BACKORDERED_UNITS;
import static backorder.model.LedgerTable.BACKORDERS;
import static backorder.model.LedgerTable.CANCELLATIONS;
import static backorder.model.LedgerTable.COMPLAINTS;
import static backorder.model.LedgerTable.CROSSED;
import static backorder.model.LedgerTable.FILLED_AT_ARRIVAL;
import static backorder.model.LedgerTable.LOST_CUSTOMERS;
import static backorder.model.LedgerTable.LOST_SALES;
import static backorder.model.LedgerTable.ORDERING_COST;
import static backorder.model.LedgerTable.ORDERS;
import static backorder.model.LedgerTable.PREPAID_REVENUE;
import static backorder.model.LedgerTable.PURCHASE_COST;
import static backorder.model.LedgerTable.PURCHASE_ORDERS;
import static backorder.model.LedgerTable.REVENUE;
import static backorder.model.LedgerTable.SUBSTITUTED_UNITS;
import static backorder.model.LedgerTable.SUBSTITUTIONS;
import static backorder.model.LedgerTable.SUBSTITUTION_REVENUE;
import static backorder.model.LedgerTable.TODAY_BACKORDERS;
import static backorder.model.LedgerTable.TODAY_FILLED;
import static backorder.model.LedgerTable.TODAY_ORDERS;
import static backorder.model.LedgerTable.UNITS_DEMANDED;
import static backorder.model.LedgerTable.UNITS_ORDERED;
import static backorder.model.LedgerTable.WAITS;
import static backorder.model.LedgerTable.WAIT_DAYS;

import backorder.scenario.Product;
import backorder.scenario.Scenario;
import backorder.scenario.Supplier;
import java.util.List;

/**
 * The metric bookkeeping of one replication: the world reports what happened to its stock and
 * customers, and the recorder alone decides what counts (SPEC §4: events in [warm-up, horizon),
 * a complaint at the moment it falls due) and keeps the ledgers, the waiting-time histogram, the
 * end-of-day series and the whole-run audit counts.
 */
final class MetricRecorder {

  private final double warmup;
  private final double horizon;
  private final Product[] products;
  private final double[] complaintAfterDays;
  private final double[] unitCost;
  private final double[] orderCost;
  private final DisruptionSchedule disruptions;

  /** the products' ledgers and their total, one record each (see {@link LedgerTable}) */
  private final LedgerTable ledgers;
  private final int total;
  private final long[] waitHistogram = new long[ReplicationResult.WAIT_BINS + 1];
  private final DailyRecorder daily;
  private final Audit.Counts audit;
  /** units owed over all products, kept for the total's peak and the daily series */
  private long totalBacklog;

  MetricRecorder(Scenario scenario, DisruptionSchedule disruptions) {
    this.warmup = scenario.warmupDays();
    this.horizon = scenario.horizonDays();
    this.disruptions = disruptions;
    int days = (int) Math.ceil(horizon);
    products = scenario.products().toArray(new Product[0]);
    int n = products.length;
    double[] price = new double[n];
    complaintAfterDays = new double[n];
    for (int p = 0; p < n; p++) {
      price[p] = products[p].price();
      complaintAfterDays[p] = products[p].customers().complaintAfterDays();
    }
    ledgers = new LedgerTable(price, warmup, days, disruptions.size() > 0);
    total = ledgers.total();
    audit = new Audit.Counts();
    List<Supplier> suppliers = scenario.suppliers();
    unitCost = new double[suppliers.size()];
    orderCost = new double[suppliers.size()];
    for (int s = 0; s < unitCost.length; s++) {
      unitCost[s] = suppliers.get(s).unitCost();
      orderCost[s] = suppliers.get(s).orderCost();
    }
    daily = new DailyRecorder(days);
  }

  /** Whether an event at t is counted; the run stops before the horizon, so that bound is implied. */
  private boolean counted(double t) {
    return t >= warmup;
  }

  /** Stock on hand or owed for p is about to change at t; the levels given are those held until now. */
  void levelsChanging(int p, double t, long onHand, long backlog) {
    ledgers.advance(p, t, onHand, backlog);
  }

  /** The counting window opens: the levels held at that instant are candidates for the peaks. */
  void warmupEnds(double t, long[] backlog) {
    for (int p = 0; p < total; p++) {
      ledgers.observeBacklog(p, t, backlog[p]);
    }
    ledgers.observeBacklog(total, t, totalBacklog);
  }

  void orderArrived(int p, double t, long units) {
    audit.ordersArrived++;
    boolean counted = counted(t);
    ledgers.orderArrived(p, counted, units);
    if (counted) {
      ledgers.addCount(total, TODAY_ORDERS, 1);
    }
  }

  void shippedAtArrival(int p, double t, long units) {
    audit.shippedAtArrival++;
    audit.unitsShipped += units;
    ledgers.outcome(p);
    if (counted(t)) {
      ledgers.filledAtArrival(p);
      ledgers.addCount(total, TODAY_FILLED, 1);
      ledgers.addAmount(p, REVENUE, ledgers.price(p) * units);
    }
  }

  /** An order of {@code units} joined p's queue, which now owes {@code backlog} units. */
  void backordered(int p, double t, long units, long backlog) {
    totalBacklog += units;
    ledgers.outcome(p);
    ledgers.observeBacklog(p, t, backlog);
    ledgers.observeBacklog(total, t, totalBacklog);
    if (counted(t)) {
      ledgers.addCount(p, BACKORDERS, 1);
      daily.counted(DailySeries.BACKORDERS_CUM);
      ledgers.addCount(p, BACKORDERED_UNITS, units);
      ledgers.addCount(p, TODAY_BACKORDERS, 1);
      ledgers.addCount(total, TODAY_BACKORDERS, 1);
    }
  }

  /**
   * A customer of p took substitute q instead, shipped at once from q's stock (SPEC §9): an order
   * and a sale of q, and a substitution of p, which also keeps the revenue it brought in (already
   * in q's revenue, so it is not added to p's).
   */
  void substituted(int p, int q, double t, long units) {
    audit.substituted++;
    audit.unitsShipped += units;
    ledgers.outcome(p);
    if (counted(t)) {
      double value = ledgers.price(q) * units;
      ledgers.addCount(p, SUBSTITUTIONS, 1);
      daily.counted(DailySeries.SUBSTITUTIONS_CUM);
      ledgers.addCount(p, SUBSTITUTED_UNITS, units);
      ledgers.addAmount(p, SUBSTITUTION_REVENUE, value);
      // the total saw this customer arrive at p and, as asked, not filled: its day counts stay
      ledgers.addCount(q, ORDERS, 1);
      ledgers.addCount(q, UNITS_DEMANDED, units);
      ledgers.addCount(q, TODAY_ORDERS, 1);
      ledgers.filledAtArrival(q);
      ledgers.addAmount(q, REVENUE, value);
    }
  }

  void lostSale(int p, double t) {
    audit.lost++;
    ledgers.outcome(p);
    if (counted(t)) {
      ledgers.addCount(p, LOST_SALES, 1);
      daily.counted(DailySeries.LOST_SALES_CUM);
    }
  }

  /** A backordered order that arrived at {@code arrival} left p's queue unfilled at t. */
  void cancelled(int p, double t, double arrival, long units) {
    audit.cancelled++;
    totalBacklog -= units;
    complaintIfDue(p, arrival, t);
    if (counted(t)) {
      ledgers.addCount(p, CANCELLATIONS, 1);
      daily.counted(DailySeries.CANCELLATIONS_CUM);
    }
  }

  void defected(int p, double t) {
    if (counted(t)) {
      ledgers.addCount(p, LOST_CUSTOMERS, 1);
      daily.counted(DailySeries.LOST_CUSTOMERS_CUM);
    }
  }

  /** A backordered order that arrived at {@code arrival} was shipped from p's queue at t. */
  void shippedFromQueue(int p, double t, double arrival, long units) {
    audit.shippedFromQueue++;
    audit.unitsShipped += units;
    totalBacklog -= units;
    complaintIfDue(p, arrival, t);
    if (counted(t)) {
      double wait = t - arrival;
      ledgers.addAmount(p, WAIT_DAYS, wait);
      ledgers.addCount(p, WAITS, 1);
      waitHistogram[(int) Math.min(ReplicationResult.WAIT_BINS, Math.floor(wait))]++;
      double value = ledgers.price(p) * units;
      ledgers.addAmount(p, REVENUE, value);
      ledgers.addAmount(p, PREPAID_REVENUE, value);
    }
  }

  /** A purchase order of p from supplier s arrived; {@code overtook} an order placed before it. */
  void received(int p, int s, double t, long units, boolean overtook) {
    audit.unitsReceived += units;
    if (counted(t)) {
      ledgers.addAmount(p, PURCHASE_COST, unitCost[s] * units);
      if (overtook) {
        ledgers.addCount(p, CROSSED, 1);
      }
    }
  }

  void purchaseOrderPlaced(int p, int s, double t, long units) {
    audit.unitsOrderedFromSuppliers += units;
    if (counted(t)) {
      ledgers.addCount(p, PURCHASE_ORDERS, 1);
      ledgers.addCount(p, UNITS_ORDERED, units);
      ledgers.addAmount(p, ORDERING_COST, orderCost[s]);
    }
  }

  /** An order that arrived at {@code arrival} is still waiting at the horizon. */
  void waitingAtHorizon(int p, double arrival) {
    complaintIfDue(p, arrival, horizon);
  }

  /** SPEC: a complaint counts at arrival + complaint_after_days if the order was still waiting then. */
  private void complaintIfDue(int p, double arrival, double leftAt) {
    double moment = arrival + complaintAfterDays[p];
    if (moment <= leftAt && moment >= warmup && moment < horizon) {
      ledgers.addCount(p, COMPLAINTS, 1);
    }
  }

  /** Closes {@code day} with the end-of-day levels of every product. */
  void dayClosed(int day, long[] onHand, long[] onOrder) {
    long hand = 0;
    long order = 0;
    for (int p = 0; p < total; p++) {
      hand += onHand[p];
      order += onOrder[p];
    }
    ledgers.closeDay(day);
    daily.record(day, hand, totalBacklog, order);
  }

  /** The whole-run balances given the end state (see {@link Audit}). */
  Audit audit(long initialUnits, long onHand, long onOrder, long owed, long waiting) {
    return audit.audit(initialUnits, onHand, onOrder, owed, waiting, ledgers.firstUnbalanced());
  }

  /** Folds the products into the total and returns the replication's numbers; call once, at the end. */
  ReplicationResult result(int replication, long events) {
    ledgers.foldIntoTotal();
    var metrics = new ReplicationMetrics(products, ledgers, disruptions, warmup, horizon);
    return new ReplicationResult(replication, metrics.totals(), metrics.perProduct(), daily.series(),
        waitHistogram, List.copyOf(disruptions.windows()), events);
  }
}
