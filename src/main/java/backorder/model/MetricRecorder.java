package backorder.model;

import backorder.model.ProductLedger.Amount;
import backorder.model.ProductLedger.Count;
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
  private final double[] price;
  private final double[] complaintAfterDays;
  private final double[] unitCost;
  private final double[] orderCost;
  private final DisruptionSchedule disruptions;

  private final ProductLedger[] ledgers;
  /**
   * The ledgers' count and amount arrays, reached without the ledger object: with thousands of
   * (location, product) ledgers an order's first look at its ledger misses the cache, and going
   * through the object would make the array a second miss after it rather than beside it
   */
  private final long[][] counts;
  private final double[][] amounts;
  private final ProductLedger total;
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
    price = new double[n];
    complaintAfterDays = new double[n];
    ledgers = new ProductLedger[n];
    boolean keepDaily = disruptions.size() > 0;
    for (int p = 0; p < n; p++) {
      price[p] = products[p].price();
      complaintAfterDays[p] = products[p].customers().complaintAfterDays();
      ledgers[p] = new ProductLedger(warmup, days, keepDaily);
    }
    total = new ProductLedger(warmup, days, keepDaily);
    counts = new long[n][];
    amounts = new double[n][];
    for (int p = 0; p < n; p++) {
      counts[p] = ledgers[p].counts;
      amounts[p] = ledgers[p].amounts;
    }
    audit = new Audit.Counts(n);
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
    ledgers[p].advance(t, onHand, backlog);
  }

  /** The counting window opens: the levels held at that instant are candidates for the peaks. */
  void warmupEnds(double t, long[] backlog) {
    for (int p = 0; p < ledgers.length; p++) {
      ledgers[p].observeBacklog(t, backlog[p]);
    }
    total.observeBacklog(t, totalBacklog);
  }

  void orderArrived(int p, double t, long units) {
    audit.ordersArrived++;
    audit.awaitingOutcome[p]++;
    if (counted(t)) {
      long[] c = counts[p];
      c[Count.ORDERS]++;
      c[Count.UNITS_DEMANDED] += units;
      ledgers[p].todayOrders++;
      total.todayOrders++;
    }
  }

  void shippedAtArrival(int p, double t, long units) {
    audit.shippedAtArrival++;
    audit.awaitingOutcome[p]--;
    audit.unitsShipped += units;
    if (counted(t)) {
      counts[p][Count.FILLED_AT_ARRIVAL]++;
      ledgers[p].todayFilled++;
      total.todayFilled++;
      amounts[p][Amount.REVENUE] += price[p] * units;
    }
  }

  /** An order of {@code units} joined p's queue, which now owes {@code backlog} units. */
  void backordered(int p, double t, long units, long backlog) {
    totalBacklog += units;
    audit.awaitingOutcome[p]--;
    ProductLedger l = ledgers[p];
    l.observeBacklog(t, backlog);
    total.observeBacklog(t, totalBacklog);
    if (counted(t)) {
      l.counts[Count.BACKORDERS]++;
      l.counts[Count.BACKORDERED_UNITS] += units;
      l.todayBackorders++;
      total.todayBackorders++;
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
    audit.awaitingOutcome[p]--;
    if (counted(t)) {
      double value = price[q] * units;
      ProductLedger asked = ledgers[p];
      asked.counts[Count.SUBSTITUTIONS]++;
      asked.counts[Count.SUBSTITUTED_UNITS] += units;
      asked.amounts[Amount.SUBSTITUTION_REVENUE] += value;
      // the total saw this customer arrive at p and, as asked, not filled: its day counts stay
      ProductLedger taken = ledgers[q];
      taken.counts[Count.ORDERS]++;
      taken.counts[Count.UNITS_DEMANDED] += units;
      taken.counts[Count.FILLED_AT_ARRIVAL]++;
      taken.todayOrders++;
      taken.todayFilled++;
      taken.amounts[Amount.REVENUE] += value;
    }
  }

  void lostSale(int p, double t) {
    audit.lost++;
    audit.awaitingOutcome[p]--;
    if (counted(t)) {
      ledgers[p].counts[Count.LOST_SALES]++;
    }
  }

  /** A backordered order that arrived at {@code arrival} left p's queue unfilled at t. */
  void cancelled(int p, double t, double arrival, long units) {
    audit.cancelled++;
    totalBacklog -= units;
    complaintIfDue(p, arrival, t);
    if (counted(t)) {
      ledgers[p].counts[Count.CANCELLATIONS]++;
    }
  }

  void defected(int p, double t) {
    if (counted(t)) {
      ledgers[p].counts[Count.LOST_CUSTOMERS]++;
    }
  }

  /** A backordered order that arrived at {@code arrival} was shipped from p's queue at t. */
  void shippedFromQueue(int p, double t, double arrival, long units) {
    audit.shippedFromQueue++;
    audit.unitsShipped += units;
    totalBacklog -= units;
    complaintIfDue(p, arrival, t);
    if (counted(t)) {
      ProductLedger l = ledgers[p];
      double wait = t - arrival;
      l.amounts[Amount.WAIT_DAYS] += wait;
      l.counts[Count.WAITS]++;
      waitHistogram[(int) Math.min(ReplicationResult.WAIT_BINS, Math.floor(wait))]++;
      double value = price[p] * units;
      l.amounts[Amount.REVENUE] += value;
      l.amounts[Amount.PREPAID_REVENUE] += value;
    }
  }

  /** A purchase order of p from supplier s arrived; {@code overtook} an order placed before it. */
  void received(int p, int s, double t, long units, boolean overtook) {
    audit.unitsReceived += units;
    if (counted(t)) {
      ProductLedger l = ledgers[p];
      l.amounts[Amount.PURCHASE_COST] += unitCost[s] * units;
      if (overtook) {
        l.counts[Count.CROSSED]++;
      }
    }
  }

  void purchaseOrderPlaced(int p, int s, double t, long units) {
    audit.unitsOrderedFromSuppliers += units;
    if (counted(t)) {
      ProductLedger l = ledgers[p];
      l.counts[Count.PURCHASE_ORDERS]++;
      l.counts[Count.UNITS_ORDERED] += units;
      l.amounts[Amount.ORDERING_COST] += orderCost[s];
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
      ledgers[p].counts[Count.COMPLAINTS]++;
    }
  }

  /** Closes {@code day} with the end-of-day levels of every product. */
  void dayClosed(int day, long[] onHand, long[] onOrder) {
    long hand = 0;
    long order = 0;
    for (int p = 0; p < ledgers.length; p++) {
      ledgers[p].closeDay(day);
      hand += onHand[p];
      order += onOrder[p];
    }
    total.closeDay(day);
    daily.record(day, hand, totalBacklog, order, ledgers);
  }

  /** The whole-run balances given the end state (see {@link Audit}). */
  Audit audit(long initialUnits, long onHand, long onOrder, long owed, long waiting) {
    return audit.audit(initialUnits, onHand, onOrder, owed, waiting);
  }

  /** Folds the products into the total and returns the replication's numbers; call once, at the end. */
  ReplicationResult result(int replication, long events) {
    for (ProductLedger l : ledgers) {
      total.add(l);
    }
    total.countMovedOrdersOnce();
    var metrics = new ReplicationMetrics(products, ledgers, total, disruptions, warmup, horizon);
    return new ReplicationResult(replication, metrics.totals(), metrics.perProduct(), daily.series(),
        waitHistogram, List.copyOf(disruptions.windows()), events);
  }
}
