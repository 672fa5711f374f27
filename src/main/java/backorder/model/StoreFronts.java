package backorder.model;

import backorder.random.RandomStreams;
import backorder.random.StreamBank;
import backorder.scenario.Product;
import backorder.scenario.Scenario;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The customers of every store (SPEC §7): each store sees its share of each product's orders on its
 * own streams ({@code demand/<sku>@<store>}, customer draws keyed {@code customer/<sku>@<store>}),
 * serves them from its stock first come first served, offers its substitutes, backorders or loses
 * them, lets them cancel, and fills its queue when a shipment from the warehouse arrives. Every
 * outcome is told to the store's recorder and the system's.
 */
final class StoreFronts {

  private final NetworkStock stock;
  private final NetworkEvents events;
  private final Product[][] products;
  /** every store's customer orders, by key(l, p) */
  private final DemandStreams demand;
  private final CustomerBehaviour[][] customers;
  private final BackorderQueue[][] queues;
  private final long[][] defections;
  private final long[][] customersSeen;
  private final double[][] cancelCheckAt;
  private final int[][] substitutes;
  private final boolean[] notify;
  private final boolean[] offerSubstitutes;

  StoreFronts(Scenario s, NetworkStock stock, NetworkEvents events, DisruptionSchedule schedule,
      RandomStreams streams, boolean[] notify, boolean[] offerSubstitutes) {
    this.stock = stock;
    this.events = events;
    this.notify = notify;
    this.offerSubstitutes = offerSubstitutes;
    double horizon = s.horizonDays();
    int locations = stock.locations();
    int n = stock.products();
    products = new Product[locations][];
    customers = new CustomerBehaviour[locations][n];
    queues = new BackorderQueue[locations][n];
    defections = new long[locations][n];
    customersSeen = new long[locations][n];
    cancelCheckAt = new double[locations][n];
    String[] demandStreams = new String[locations * n];
    for (int l = 0; l < locations; l++) {
      if (l != stock.warehouse) {
        products[l] = NetworkSetup.storeProducts(s, s.network().locations().get(l));
        for (int p = 0; p < n; p++) {
          demandStreams[stock.key(l, p)] = "demand/" + products[l][p].sku();
        }
      }
    }
    // one bank for every store's arrivals, indexed by key(l, p): see StreamBank
    StreamBank arrivals = new StreamBank(streams, demandStreams);
    DemandProcess[] processes = new DemandProcess[locations * n];
    for (int l = 0; l < locations; l++) {
      Arrays.fill(cancelCheckAt[l], Double.POSITIVE_INFINITY);
      if (l == stock.warehouse) {
        continue;
      }
      for (int p = 0; p < n; p++) {
        Product own = products[l][p];
        queues[l][p] = new BackorderQueue();
        processes[stock.key(l, p)] = new DemandProcess(own, new DemandRate(own, schedule, p),
            arrivals, stock.key(l, p), streams.stream("order-size/" + own.sku()), horizon);
        customers[l][p] = new CustomerBehaviour(own, streams);
      }
    }
    demand = new DemandStreams(arrivals, processes);
    substitutes = substituteIndices(s.products());
  }

  private static int[][] substituteIndices(List<Product> products) {
    Map<String, Integer> index = new HashMap<>();
    for (int q = 0; q < products.size(); q++) {
      index.put(products.get(q).sku(), q);
    }
    int[][] indices = new int[products.size()][];
    for (int p = 0; p < indices.length; p++) {
      indices[p] = products.get(p).customers().substitutes().stream()
          .mapToInt(x -> index.get(x.sku())).toArray();
    }
    return indices;
  }

  /** The first customer order of (l, p), scheduled as a {@code demandType} event keyed l·n + p. */
  double firstArrival(int l, int p) {
    return demand.first(stock.key(l, p));
  }

  /** A candidate arrival at store l for p: maybe an order; returns the next candidate's time. */
  double demandArrives(int l, int p, double t) {
    int k = stock.key(l, p);
    if (demand.isPlain(k)) {
      double next = demand.nextPlain(k, t);
      customerOrders(l, p, t);
      return next;
    }
    DemandProcess d = demand.process(k);
    boolean varies = d.stateFactorVaries();
    if (d.accept(varies ? d.stateFactor(!queues[l][p].isEmpty(), defections[l][p]) : 1)) {
      customerOrders(l, p, t);
    }
    // the state after this order (its backorder, its customer's defection) sets the rate from now on
    return d.next(t, varies ? d.stateFactor(!queues[l][p].isEmpty(), defections[l][p]) : 1);
  }

  private void customerOrders(int l, int p, double t) {
    MetricRecorder own = stock.recorders[l];
    long customer = customersSeen[l][p]++;
    long units = demand.nextOrderUnits(stock.key(l, p));
    own.orderArrived(p, t, units);
    stock.system.orderArrived(p, t, units);
    if (stock.onHand[l][p] >= units) {
      stock.levelsChanging(l, p, t);
      stock.addOnHand(l, p, -units);
      stock.takenToday[l][p] += units;
      own.shippedAtArrival(p, t, units);
      stock.system.shippedAtArrival(p, t, units);
      events.changed(l, p);
      return;
    }
    if (offerSubstitutes[l] && substitutes[p].length > 0 && tookSubstitute(l, p, customer, units, t)) {
      return;
    }
    if (!accepts(l, p, customer, units, t)) {
      own.lostSale(p, t);
      stock.system.lostSale(p, t);
      if (customers[l][p].defectsAfterStockout(customer)) {
        defect(l, p, t);
      }
      return;
    }
    double deadline = t + customers[l][p].patience(customer, notify[l]);
    stock.levelsChanging(l, p, t);
    queues[l][p].add(t, units, customer, deadline);
    stock.addBacklog(l, p, units);
    stock.takenToday[l][p] += units;
    own.backordered(p, t, units, stock.backlog[l][p]);
    stock.system.backordered(p, t, units, stock.systemBacklog[p]);
    if (deadline < cancelCheckAt[l][p]) {
      cancelCheckAt[l][p] = deadline;
      events.schedule(deadline, NetworkWorld.CANCEL, stock.key(l, p));
    }
    events.changed(l, p);
  }

  /** Whether the customer takes a backorder (told the date when the policy notifies). */
  private boolean accepts(int l, int p, long customer, long units, double t) {
    CustomerBehaviour c = customers[l][p];
    int k = stock.key(l, p);
    boolean accepts = switch (products[l][p].whenOutOfStock()) {
      case LOST_SALE -> false;
      case BACKORDER_IF_INBOUND -> stock.storeOrders.hasOpen(k) && c.acceptsBackorder(customer);
      case BACKORDER -> c.acceptsBackorder(customer);
    };
    if (accepts && notify[l]) {
      double patience = c.patience(customer, true);
      if (patience < Double.POSITIVE_INFINITY) {
        double eta = stock.storeOrders.etaCovering(k,
            stock.backlog[l][p] + units - stock.onHand[l][p]);
        accepts = eta - t <= patience;
      }
    }
    return accepts;
  }

  /** SPEC §9 at a store: the store's substitutes in stock there, in order. */
  private boolean tookSubstitute(int l, int p, long customer, long units, double t) {
    int[] offers = substitutes[p];
    for (int i = 0; i < offers.length; i++) {
      int q = offers[i];
      if (stock.onHand[l][q] >= units && customers[l][p].acceptsSubstitute(customer, i)) {
        stock.levelsChanging(l, q, t);
        stock.addOnHand(l, q, -units);
        stock.takenToday[l][q] += units;
        stock.recorders[l].substituted(p, q, t, units);
        stock.system.substituted(p, q, t, units);
        events.changed(l, q);
        return true;
      }
    }
    return false;
  }

  /** Cancels the orders of (l, p) whose patience ran out; schedules the next deadline. */
  void cancelExpired(int l, int p, double t) {
    if (t != cancelCheckAt[l][p]) {
      return; // a stale check: an earlier deadline was scheduled after it
    }
    BackorderQueue queue = queues[l][p];
    for (int j = 0, expired = queue.expiredBy(t); j < expired; j++) {
      cancel(l, p, queue.expired(j), t);
    }
    double next = queue.earliestDeadline();
    cancelCheckAt[l][p] = next;
    events.schedule(next, NetworkWorld.CANCEL, stock.key(l, p));
  }

  private void cancel(int l, int p, int seq, double t) {
    BackorderQueue queue = queues[l][p];
    stock.levelsChanging(l, p, t);
    double arrival = queue.arrival(seq);
    long customer = queue.customer(seq);
    long units = queue.remove(seq);
    stock.addBacklog(l, p, -units);
    stock.recorders[l].cancelled(p, t, arrival, units);
    stock.system.cancelled(p, t, arrival, units);
    if (customers[l][p].defectsAfterCancel(customer)) {
      defect(l, p, t);
    }
    events.changed(l, p);
  }

  private void defect(int l, int p, double t) {
    defections[l][p]++;
    stock.recorders[l].defected(p, t);
    stock.system.defected(p, t);
  }

  /** Stock arrived at store l: waiting customers are served from the head of the queue. */
  void fillQueue(int l, int p, double t) {
    if (stock.backlog[l][p] == 0) {
      return; // nobody waits (every order has a unit or more): leave the queue object untouched
    }
    BackorderQueue queue = queues[l][p];
    while (!queue.isEmpty()) {
      int head = queue.headSeq();
      long u = queue.units(head);
      if (u > stock.onHand[l][p]) {
        break;
      }
      double arrival = queue.arrival(head);
      queue.pollHead();
      stock.addOnHand(l, p, -u);
      stock.addBacklog(l, p, -u);
      stock.recorders[l].shippedFromQueue(p, t, arrival, u);
      stock.system.shippedFromQueue(p, t, arrival, u);
    }
  }

  /** Customer orders still waiting at l (for the audit). */
  long waiting(int l) {
    long w = 0;
    for (BackorderQueue q : queues[l]) {
      w += q.size();
    }
    return w;
  }

  /** At the horizon: the levels' last stretch, and complaints of orders still waiting. */
  void finish(int l, double horizon) {
    for (int p = 0; p < queues[l].length; p++) {
      stock.levelsChanging(l, p, horizon);
      BackorderQueue queue = queues[l][p];
      for (int seq = queue.isEmpty() ? -1 : queue.headSeq(); seq >= 0; seq = queue.nextWaiting(seq)) {
        stock.recorders[l].waitingAtHorizon(p, queue.arrival(seq));
        stock.system.waitingAtHorizon(p, queue.arrival(seq));
      }
    }
  }
}
