package backorder.model;

import backorder.scenario.Network;
import backorder.scenario.Scenario;

/**
 * The stock of a network (SPEC §7) indexed by (location, product): on hand, owed (to customers at a
 * store, to stores at the warehouse), on order (a store's orders from the placing to the arrival;
 * the warehouse's from suppliers), with the system's levels kept beside them (on hand at every
 * location, owed to customers) and one metric recorder per location and one for the system, which
 * are told before every change of the levels they integrate.
 */
final class NetworkStock {

  final int warehouse;
  /** the levels of (l, p) at point {@link #key}(l, p) */
  private final StockPoints points;
  final long[] systemOnHand;
  final long[] systemBacklog;
  /** units that left the warehouse and have not reached their store */
  long inTransit;
  /** per store the orders it placed at the warehouse, keyed by {@link #key}, supplier = store */
  final PurchaseOrderBook storeOrders;
  final MetricRecorder[] recorders;
  final MetricRecorder system;
  private final int products;

  NetworkStock(Scenario s, DisruptionSchedule disruptions) {
    Network net = s.network();
    int locations = net.locations().size();
    products = s.products().size();
    warehouse = net.warehouse();
    points = new StockPoints(locations * products);
    systemOnHand = new long[products];
    systemBacklog = new long[products];
    storeOrders = new PurchaseOrderBook(locations * products);
    recorders = new MetricRecorder[locations];
    for (int l = 0; l < locations; l++) {
      Scenario books = l == warehouse
          ? s.toBuilder().products(java.util.List.of(NetworkSetup.warehouseProducts(s))).build()
          : s.toBuilder().products(java.util.List.of(NetworkSetup.storeProducts(s,
              net.locations().get(l)))).suppliers(NetworkSetup.transferSuppliers(s)).build();
      recorders[l] = new MetricRecorder(books, disruptions);
      for (int p = 0; p < products; p++) {
        long units = NetworkSetup.initialOnHand(net, s.products().get(p), l);
        points.addOnHand(key(l, p), units);
        systemOnHand[p] += units;
      }
    }
    system = new MetricRecorder(s, disruptions);
  }

  /** The index of (location, product) among the stock points and in {@link #storeOrders}. */
  int key(int l, int p) {
    return l * products + p;
  }

  int products() {
    return products;
  }

  int locations() {
    return recorders.length;
  }

  long onHand(int l, int p) {
    return points.onHand(key(l, p));
  }

  long backlog(int l, int p) {
    return points.backlog(key(l, p));
  }

  long onOrder(int l, int p) {
    return points.onOrder(key(l, p));
  }

  long takenToday(int l, int p) {
    return points.takenToday(key(l, p));
  }

  /** The levels of (l, p) and of the system's p are about to change at t. */
  void levelsChanging(int l, int p, double t) {
    int k = key(l, p);
    recorders[l].levelsChanging(p, t, points.onHand(k), points.backlog(k));
    system.levelsChanging(p, t, systemOnHand[p], systemBacklog[p]);
  }

  void addOnHand(int l, int p, long units) {
    points.addOnHand(key(l, p), units);
    systemOnHand[p] += units;
  }

  /** Units owed at l change; only what stores owe their customers is the system's backlog. */
  void addBacklog(int l, int p, long units) {
    points.addBacklog(key(l, p), units);
    if (l != warehouse) {
      systemBacklog[p] += units;
    }
  }

  void addOnOrder(int l, int p, long units) {
    points.addOnOrder(key(l, p), units);
  }

  /** Units of p ordered at l today (by customers, or by stores at the warehouse). */
  void taken(int l, int p, long units) {
    points.taken(key(l, p), units);
  }

  /** The number of the next customer of (l, p), from 0: counts the customer. */
  long nextCustomer(int l, int p) {
    return points.nextCustomer(key(l, p));
  }

  /** Units on hand at l, over its products. */
  long onHandAt(int l) {
    return points.onHand(key(l, 0), key(l + 1, 0));
  }

  long backlogAt(int l) {
    return points.backlog(key(l, 0), key(l + 1, 0));
  }

  long onOrderAt(int l) {
    return points.onOrder(key(l, 0), key(l + 1, 0));
  }

  void warmupEnds(double t) {
    for (int l = 0; l < recorders.length; l++) {
      recorders[l].warmupEnds(t, points.backlogs(key(l, 0), key(l + 1, 0)));
    }
    system.warmupEnds(t, systemBacklog);
  }

  void dayClosed(int day) {
    for (int l = 0; l < recorders.length; l++) {
      recorders[l].dayClosed(day, onHandAt(l), onOrderAt(l));
    }
    points.clearTaken(0, key(recorders.length, 0));
    long hand = 0;
    for (long units : systemOnHand) {
      hand += units;
    }
    system.dayClosed(day, hand, onOrderAt(warehouse));
  }
}
