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
  final long[][] onHand;
  final long[][] backlog;
  final long[][] onOrder;
  /** units ordered by a location's customers (store orders at the warehouse) today */
  final long[][] takenToday;
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
    onHand = new long[locations][products];
    backlog = new long[locations][products];
    onOrder = new long[locations][products];
    takenToday = new long[locations][products];
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
        onHand[l][p] = units;
        systemOnHand[p] += units;
      }
    }
    system = new MetricRecorder(s, disruptions);
  }

  /** The index of (location, product) in {@link #storeOrders}. */
  int key(int l, int p) {
    return l * products + p;
  }

  int products() {
    return products;
  }

  int locations() {
    return onHand.length;
  }

  /** The levels of (l, p) and of the system's p are about to change at t. */
  void levelsChanging(int l, int p, double t) {
    recorders[l].levelsChanging(p, t, onHand[l][p], backlog[l][p]);
    system.levelsChanging(p, t, systemOnHand[p], systemBacklog[p]);
  }

  void addOnHand(int l, int p, long units) {
    onHand[l][p] += units;
    systemOnHand[p] += units;
  }

  /** Units owed at l change; only what stores owe their customers is the system's backlog. */
  void addBacklog(int l, int p, long units) {
    backlog[l][p] += units;
    if (l != warehouse) {
      systemBacklog[p] += units;
    }
  }

  void warmupEnds(double t) {
    for (int l = 0; l < recorders.length; l++) {
      recorders[l].warmupEnds(t, backlog[l]);
    }
    system.warmupEnds(t, systemBacklog);
  }

  void dayClosed(int day) {
    for (int l = 0; l < recorders.length; l++) {
      recorders[l].dayClosed(day, onHand[l], onOrder[l]);
      java.util.Arrays.fill(takenToday[l], 0);
    }
    system.dayClosed(day, systemOnHand, onOrder[warehouse]);
  }
}
