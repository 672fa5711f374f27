package backorder.model;

import backorder.engine.EventCalendar;
import backorder.engine.EventHandler;
import backorder.engine.EventLoop;
import backorder.policy.InventoryView;
import backorder.policy.OrderSink;
import backorder.policy.Policy;
import backorder.random.RandomStreams;
import backorder.random.StreamBank;
import backorder.scenario.Product;
import backorder.scenario.Scenario;
import backorder.scenario.Supplier;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One replication of one policy: the products, their backorder queues, the suppliers and open
 * purchase orders as events on the kernel. Customers arrive, are served from stock or wait in the
 * first-come-first-served queue (or leave), unless they take a similar product in stock instead,
 * cancel when their patience runs out, and stock arriving fills the queue from its head. The
 * policy sees this world only through {@link InventoryView}; what counts towards the metrics is
 * the {@link MetricRecorder}'s business, which the world tells what happened.
 */
public final class InventoryWorld implements InventoryView, OrderSink, EventHandler {

  private static final int DAY_END = 0;
  private static final int WARMUP_START = 1;
  private static final int PO_ARRIVAL = 2;
  private static final int ETA_ANNOUNCE = 3;
  private static final int REVIEW = 4;
  private static final int DEMAND = 5;
  private static final int CANCEL = 6;
  private static final int[] NO_SUBSTITUTES = new int[0];

  private final EventCalendar calendar;
  private final Policy policy;
  private final boolean continuous;
  private final boolean notify;
  private final boolean offerSubstitutes;
  private final double horizon;
  /** when the counting window opens: only scheduled here, the recorder applies it */
  private final double warmup;
  private final int days;
  private final int n;
  private final int replication;

  private final Product[] products;
  private final long[] onHand;
  private final long[] backlog;
  private final long[] onOrder;
  private final long[] defections;
  private final long[] customersSeen;
  private final long[] takenToday;
  /** the time of the one live cancellation event per product (+∞: none); earlier ones are stale */
  private final double[] cancelCheckAt;
  private final BackorderQueue[] queues;
  private final DemandStreams demand;
  private final CustomerBehaviour[] customers;
  /** per product, its substitutes' indices in the order offered (empty: none) */
  private final int[][] substitutes;
  private final Supplier[] suppliers;
  private final SupplierPipeline[] pipelines;
  private final boolean[][] supplies;
  private final PurchaseOrderBook purchaseOrders;

  private final MetricRecorder recorder;
  private double now;
  private Audit audit;

  public InventoryWorld(Scenario scenario, Policy policy, int replication) {
    this.policy = policy;
    this.replication = replication;
    this.continuous = policy.reviewPeriodDays() <= 0;
    this.notify = policy.notifiesCustomers();
    this.offerSubstitutes = policy.offersSubstitutes();
    this.horizon = scenario.horizonDays();
    this.warmup = scenario.warmupDays();
    this.days = (int) Math.ceil(horizon);
    RandomStreams streams = new RandomStreams(scenario.seed(), replication);
    DisruptionSchedule disruptions = new DisruptionSchedule(scenario, streams);
    calendar = new EventCalendar(EventEstimate.customerOrdersPerDay(scenario));
    n = scenario.products().size();
    products = scenario.products().toArray(new Product[0]);
    onHand = new long[n];
    backlog = new long[n];
    onOrder = new long[n];
    defections = new long[n];
    customersSeen = new long[n];
    takenToday = new long[n];
    cancelCheckAt = new double[n];
    Arrays.fill(cancelCheckAt, Double.POSITIVE_INFINITY);
    queues = new BackorderQueue[n];
    customers = new CustomerBehaviour[n];
    String[] demandStreams = new String[n];
    for (int p = 0; p < n; p++) {
      demandStreams[p] = "demand/" + products[p].sku();
    }
    StreamBank arrivals = new StreamBank(streams, demandStreams);
    DemandProcess[] processes = new DemandProcess[n];
    for (int p = 0; p < n; p++) {
      Product product = products[p];
      onHand[p] = product.initialOnHand();
      queues[p] = new BackorderQueue();
      processes[p] = new DemandProcess(product, new DemandRate(product, disruptions, p), arrivals,
          p, streams.stream("order-size/" + product.sku()), horizon);
      customers[p] = new CustomerBehaviour(product, streams);
    }
    demand = new DemandStreams(arrivals, processes);
    substitutes = substituteIndices(products);
    int m = scenario.suppliers().size();
    suppliers = scenario.suppliers().toArray(new Supplier[0]);
    pipelines = new SupplierPipeline[m];
    supplies = new boolean[m][n];
    for (int s = 0; s < m; s++) {
      pipelines[s] = new SupplierPipeline(suppliers[s], suppliers[s].name(), disruptions, streams);
      for (int p = 0; p < n; p++) {
        supplies[s][p] = suppliers[s].supplies(products[p].sku());
      }
    }
    purchaseOrders = new PurchaseOrderBook(n);
    recorder = new MetricRecorder(scenario, disruptions);
  }

  /** Each product's substitutes as product indices; one shared empty array for products without. */
  private static int[][] substituteIndices(Product[] products) {
    int[][] indices = new int[products.length][];
    Arrays.fill(indices, NO_SUBSTITUTES);
    Map<String, Integer> index = null; // built only when some product names substitutes
    for (int p = 0; p < products.length; p++) {
      List<Product.Substitute> offers = products[p].customers().substitutes();
      if (offers.isEmpty()) {
        continue;
      }
      if (index == null) {
        index = new HashMap<>();
        for (int q = 0; q < products.length; q++) {
          index.put(products[q].sku(), q);
        }
      }
      indices[p] = new int[offers.size()];
      for (int i = 0; i < offers.size(); i++) {
        indices[p][i] = index.get(offers.get(i).sku());
      }
    }
    return indices;
  }

  /** Runs the replication to the horizon and returns its numbers. */
  public ReplicationResult run() {
    for (int p = 0; p < n; p++) {
      schedule(demand.first(p), DEMAND, p);
    }
    if (days > 1) {
      calendar.schedule(1, DAY_END, DAY_END, 0);
    }
    if (warmup > 0) {
      calendar.schedule(warmup, WARMUP_START, WARMUP_START, 0);
    }
    if (continuous) {
      for (int p = 0; p < n; p++) {
        policy.review(p, this, this);
      }
    } else {
      calendar.schedule(0, REVIEW, REVIEW, 0);
    }
    long events = EventLoop.run(calendar, horizon, this);
    now = horizon;
    return finish(events);
  }

  @Override
  public void handle(double time, int type, int a) {
    now = time;
    switch (type) {
      case DEMAND -> demandArrives(a, time);
      case PO_ARRIVAL -> stockArrives(a, time);
      case CANCEL -> {
        if (time == cancelCheckAt[a]) {
          cancelExpired(a, time);
        }
      }
      case DAY_END -> endOfDay(a, time);
      case REVIEW -> {
        for (int p = 0; p < n; p++) {
          policy.review(p, this, this);
        }
        schedule(time + policy.reviewPeriodDays(), REVIEW, 0);
      }
      case ETA_ANNOUNCE -> announceDelay(a, time);
      case WARMUP_START -> recorder.warmupEnds(time, backlog);
      default -> throw new IllegalStateException("unknown event type " + type);
    }
  }

  private void demandArrives(int p, double t) {
    if (demand.isPlain(p)) {
      schedule(demand.nextPlain(p, t), DEMAND, p);
      customerOrders(p, t);
      return;
    }
    DemandProcess d = demand.process(p);
    boolean varies = d.stateFactorVaries();
    if (d.accept(varies ? d.stateFactor(!queues[p].isEmpty(), defections[p]) : 1)) {
      customerOrders(p, t);
    }
    // the state after this order (its backorder, its customer's defection) sets the rate from now on
    schedule(d.next(t, varies ? d.stateFactor(!queues[p].isEmpty(), defections[p]) : 1), DEMAND, p);
  }

  /**
   * Schedules an event unless it never happens (∞ or NaN), also one at or past the horizon (it
   * stays pending, unfired): a branch on the horizon is first taken in a replication's last days
   * (the last arrivals, patience running past the end, orders arriving after it), and taking it
   * made the compiled loop fall back to the interpreter and be compiled again at the end of each
   * worker's first replication.
   */
  private void schedule(double at, int type, int a) {
    if (at < Double.POSITIVE_INFINITY) {
      calendar.schedule(at, type, type, a);
    }
  }

  private void customerOrders(int p, double t) {
    long customer = customersSeen[p]++;
    long units = demand.nextOrderUnits(p);
    recorder.orderArrived(p, t, units);
    // SPEC: an arriving order ships at once when stock on hand covers it (stock left over after
    // an arrival could not fill the head of the queue is not held back for it)
    if (onHand[p] >= units) {
      recorder.levelsChanging(p, t, onHand[p], backlog[p]);
      onHand[p] -= units;
      takenToday[p] += units;
      recorder.shippedAtArrival(p, t, units);
      review(p);
      return;
    }
    if (offerSubstitutes && substitutes[p].length > 0 && tookSubstitute(p, customer, units, t)) {
      return;
    }
    double patience = 0;
    boolean accepts = switch (products[p].whenOutOfStock()) {
      case LOST_SALE -> false;
      case BACKORDER_IF_INBOUND -> purchaseOrders.hasOpen(p) && customers[p].acceptsBackorder(customer);
      case BACKORDER -> customers[p].acceptsBackorder(customer);
    };
    if (accepts) {
      patience = customers[p].patience(customer, notify);
      if (notify && patience < Double.POSITIVE_INFINITY) {
        // told the date on the product page, a customer who would not wait that long does not order
        double eta = purchaseOrders.etaCovering(p, backlog[p] + units - onHand[p]);
        accepts = eta - t <= patience;
      }
    }
    if (!accepts) {
      recorder.lostSale(p, t);
      if (customers[p].defectsAfterStockout(customer)) {
        defect(p, t);
      }
      return;
    }
    recorder.levelsChanging(p, t, onHand[p], backlog[p]);
    queues[p].add(t, units, customer, t + patience);
    backlog[p] += units;
    takenToday[p] += units;
    recorder.backordered(p, t, units, backlog[p]);
    double deadline = t + patience;
    if (deadline < cancelCheckAt[p]) {
      cancelCheckAt[p] = deadline;
      schedule(deadline, CANCEL, p);
    }
    review(p);
  }

  /**
   * SPEC §9: a customer p's stock cannot serve is offered p's substitutes in order, each only when
   * its stock on hand covers the whole order (a substitute's own substitutes are never offered);
   * the first accepted takes the order, shipped at once. False when every offer is declined.
   */
  private boolean tookSubstitute(int p, long customer, long units, double t) {
    int[] offers = substitutes[p];
    for (int i = 0; i < offers.length; i++) {
      int q = offers[i];
      if (onHand[q] >= units && customers[p].acceptsSubstitute(customer, i)) {
        recorder.levelsChanging(q, t, onHand[q], backlog[q]);
        onHand[q] -= units;
        takenToday[q] += units; // the substitute's own sales, as its policy's forecast sees them
        recorder.substituted(p, q, t, units);
        review(q);
        return true;
      }
    }
    return false;
  }

  /**
   * Cancels the orders whose patience has run out and schedules the next deadline. One live
   * cancellation event per product (not one per order) keeps the calendar small.
   */
  private void cancelExpired(int p, double t) {
    BackorderQueue queue = queues[p];
    for (int j = 0, expired = queue.expiredBy(t); j < expired; j++) {
      cancel(p, queue.expired(j), t);
    }
    double next = queue.earliestDeadline();
    cancelCheckAt[p] = next;
    schedule(next, CANCEL, p);
  }

  private void cancel(int p, int seq, double t) {
    BackorderQueue queue = queues[p];
    recorder.levelsChanging(p, t, onHand[p], backlog[p]);
    double arrival = queue.arrival(seq);
    long customer = queue.customer(seq);
    long units = queue.remove(seq);
    backlog[p] -= units;
    recorder.cancelled(p, t, arrival, units);
    if (customers[p].defectsAfterCancel(customer)) {
      defect(p, t);
    }
    review(p);
  }

  /** The customer is gone for good: the demand process sees a smaller customer base from now on. */
  private void defect(int p, double t) {
    defections[p]++;
    recorder.defected(p, t);
  }

  private void stockArrives(int slot, double t) {
    int p = purchaseOrders.product(slot);
    int s = purchaseOrders.supplier(slot);
    long units = purchaseOrders.units(slot);
    recorder.levelsChanging(p, t, onHand[p], backlog[p]);
    boolean overtook = purchaseOrders.close(slot);
    onHand[p] += units;
    onOrder[p] -= units;
    recorder.received(p, s, t, units, overtook);
    BackorderQueue queue = queues[p];
    while (!queue.isEmpty()) {
      int head = queue.headSeq();
      long u = queue.units(head);
      if (u > onHand[p]) {
        break;
      }
      double arrival = queue.arrival(head);
      queue.pollHead();
      onHand[p] -= u;
      backlog[p] -= u;
      recorder.shippedFromQueue(p, t, arrival, u);
    }
    review(p);
  }

  /** A closure holds an open order: the buyer learns the new date; notified customers may give up. */
  private void announceDelay(int slot, double t) {
    purchaseOrders.announce(slot, purchaseOrders.arrival(slot));
    if (!notify) {
      return;
    }
    int p = purchaseOrders.product(slot);
    BackorderQueue queue = queues[p];
    long owedBefore = 0;
    for (int seq = queue.isEmpty() ? -1 : queue.headSeq(); seq >= 0; ) {
      int following = queue.nextWaiting(seq);
      owedBefore += queue.units(seq);
      double eta = purchaseOrders.etaCovering(p, owedBefore - onHand[p]);
      if (eta > queue.deadline(seq)) {
        owedBefore -= queue.units(seq);
        cancel(p, seq, t);
      }
      seq = following;
    }
  }

  private void endOfDay(int day, double t) {
    closeDay(day);
    schedule(day + 2, DAY_END, day + 1); // the last day's closing is past the horizon: finish closes it
  }

  private void closeDay(int day) {
    if (policy.observesDemand()) {
      for (int p = 0; p < n; p++) {
        policy.observeDay(p, takenToday[p]);
      }
    }
    Arrays.fill(takenToday, 0);
    recorder.dayClosed(day, onHand, onOrder);
  }

  private void review(int p) {
    if (continuous) {
      policy.review(p, this, this);
    }
  }

  @Override
  public void order(int p, int s, long units) {
    if (!supplies[s][p]) {
      throw new IllegalStateException(
          "policy ordered " + products[p].sku() + " from " + suppliers[s].name() + ", which does not supply it");
    }
    if (units <= 0) {
      return;
    }
    long qty = Math.max(units, suppliers[s].minOrderUnits());
    SupplierPipeline pipeline = pipelines[s];
    pipeline.plan(now, qty);
    int slot = purchaseOrders.open(p, s, qty, pipeline.eta(), pipeline.arrival());
    onOrder[p] += qty;
    recorder.purchaseOrderPlaced(p, s, now, qty);
    schedule(pipeline.arrival(), PO_ARRIVAL, slot);
    schedule(pipeline.announceAt(), ETA_ANNOUNCE, slot); // NaN: no announcement
  }

  private Audit audit() {
    long initial = 0;
    long hand = 0;
    long order = 0;
    long owed = 0;
    long waiting = 0;
    for (int p = 0; p < n; p++) {
      initial += products[p].initialOnHand();
      hand += onHand[p];
      order += onOrder[p];
      owed += backlog[p];
      waiting += queues[p].size();
    }
    return recorder.audit(initial, hand, order, owed, waiting);
  }

  /** The balances of the finished replication (for tests). */
  Audit lastAudit() {
    return audit;
  }

  private ReplicationResult finish(long events) {
    audit = audit();
    audit.verify();
    for (int p = 0; p < n; p++) {
      recorder.levelsChanging(p, horizon, onHand[p], backlog[p]);
      BackorderQueue queue = queues[p];
      for (int seq = queue.isEmpty() ? -1 : queue.headSeq(); seq >= 0; seq = queue.nextWaiting(seq)) {
        recorder.waitingAtHorizon(p, queue.arrival(seq));
      }
    }
    if (days > 0) {
      closeDay(days - 1);
    }
    return recorder.result(replication, events);
  }

  // ---- InventoryView: what the policy may know ----

  @Override
  public double now() {
    return now;
  }

  @Override
  public long onHand(int p) {
    return onHand[p];
  }

  @Override
  public long backlogUnits(int p) {
    return backlog[p];
  }

  @Override
  public long onOrderUnits(int p) {
    return onOrder[p];
  }

  @Override
  public double nextArrivalEta(int p, int s) {
    return purchaseOrders.nextEta(p, s);
  }

  @Override
  public long unitsArrivingBy(int p, int s, double day) {
    return purchaseOrders.unitsExpectedBy(p, s, day);
  }

  @Override
  public double announcedDelayDays(int s) {
    return pipelines[s].announcedDelay(now);
  }

}
