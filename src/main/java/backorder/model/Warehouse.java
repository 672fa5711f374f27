package backorder.model;

import backorder.random.RandomStreams;
import backorder.scenario.Network;
import backorder.scenario.Product;
import backorder.scenario.Scenario;
import backorder.scenario.Supplier;

/**
 * The warehouse of a network (SPEC §7): its purchase orders to the suppliers (each supplier's
 * pipeline as without locations), and the stores' orders, each shipped whole, first come first
 * served, when its stock covers it, otherwise waiting in its queue (a warehouse backorder) until
 * supplier stock arrives; a shipped order travels its store's lane.
 */
final class Warehouse {

  private final NetworkStock stock;
  private final NetworkEvents events;
  private final int w;
  private final Product[] products;
  private final Supplier[] suppliers;
  private final SupplierPipeline[] pipelines;
  private final boolean[][] supplies;
  private final PurchaseOrderBook supplierOrders;
  /** per product, the store orders waiting here; the "customer" is the store order's slot */
  private final BackorderQueue[] queues;
  private final StoreLane[] lanes;

  Warehouse(Scenario s, NetworkStock stock, NetworkEvents events, DisruptionSchedule schedule,
      RandomStreams streams) {
    this.stock = stock;
    this.events = events;
    this.w = stock.warehouse;
    int n = stock.products();
    products = s.products().toArray(new Product[0]);
    suppliers = s.suppliers().toArray(new Supplier[0]);
    pipelines = new SupplierPipeline[suppliers.length];
    supplies = new boolean[suppliers.length][n];
    for (int i = 0; i < suppliers.length; i++) {
      pipelines[i] = new SupplierPipeline(suppliers[i], suppliers[i].name(), schedule, streams);
      for (int p = 0; p < n; p++) {
        supplies[i][p] = suppliers[i].supplies(products[p].sku());
      }
    }
    supplierOrders = new PurchaseOrderBook(n);
    queues = new BackorderQueue[n];
    for (int p = 0; p < n; p++) {
      queues[p] = new BackorderQueue();
    }
    Network net = s.network();
    lanes = new StoreLane[net.locations().size()];
    for (int l = 0; l < lanes.length; l++) {
      if (l != w) {
        lanes[l] = new StoreLane(net.locations().get(l), schedule, streams);
      }
    }
  }

  /** The warehouse's policy orders p from supplier s (as a policy without locations does). */
  void orderFromSupplier(int p, int s, long units, double now) {
    if (!supplies[s][p]) {
      throw new IllegalStateException("policy ordered " + products[p].sku() + " from "
          + suppliers[s].name() + ", which does not supply it");
    }
    if (units <= 0) {
      return;
    }
    long qty = Math.max(units, suppliers[s].minOrderUnits());
    SupplierPipeline pipeline = pipelines[s];
    pipeline.plan(now, qty);
    int slot = supplierOrders.open(p, s, qty, pipeline.eta(), pipeline.arrival());
    stock.onOrder[w][p] += qty;
    stock.recorders[w].purchaseOrderPlaced(p, s, now, qty);
    stock.system.purchaseOrderPlaced(p, s, now, qty);
    events.schedule(pipeline.arrival(), NetworkWorld.PO_ARRIVAL, slot);
    // NaN (no announcement) is never scheduled
    events.schedule(pipeline.announceAt(), NetworkWorld.ETA_ANNOUNCE, slot);
  }

  /** A closure holds a supplier order: the warehouse's buyer learns the new date. */
  void announceDelay(int slot) {
    supplierOrders.announce(slot, supplierOrders.arrival(slot));
  }

  /** A supplier order arrives: stock on hand, then store orders waiting are shipped in turn. */
  void supplierStockArrives(int slot, double t) {
    int p = supplierOrders.product(slot);
    int s = supplierOrders.supplier(slot);
    long units = supplierOrders.units(slot);
    stock.levelsChanging(w, p, t);
    boolean overtook = supplierOrders.close(slot);
    stock.addOnHand(w, p, units);
    stock.onOrder[w][p] -= units;
    stock.recorders[w].received(p, s, t, units, overtook);
    stock.system.received(p, s, t, units, overtook);
    BackorderQueue queue = queues[p];
    while (!queue.isEmpty()) {
      int head = queue.headSeq();
      long u = queue.units(head);
      if (u > stock.onHand[w][p]) {
        break;
      }
      double placed = queue.arrival(head);
      int storeOrder = (int) queue.customer(head);
      queue.pollHead();
      stock.addBacklog(w, p, -u);
      stock.recorders[w].shippedFromQueue(p, t, placed, u);
      ship(storeOrder, p, u, t);
    }
    events.changed(w, p);
  }

  /**
   * Store l orders p: on order at the store from now on, shipped at once when the warehouse's stock
   * covers it, else owed by the warehouse.
   */
  void storeOrders(int l, int p, long units, double now) {
    if (units <= 0) {
      return;
    }
    double expected = now + lanes[l].meanTransit();
    int slot = stock.storeOrders.open(stock.key(l, p), l, units, expected, Double.NaN);
    stock.onOrder[l][p] += units;
    stock.recorders[l].purchaseOrderPlaced(p, 0, now, units);
    MetricRecorder here = stock.recorders[w];
    here.orderArrived(p, now, units);
    stock.takenToday[w][p] += units;
    stock.levelsChanging(w, p, now);
    if (stock.onHand[w][p] >= units) {
      here.shippedAtArrival(p, now, units);
      ship(slot, p, units, now);
    } else {
      queues[p].add(now, units, slot, Double.POSITIVE_INFINITY);
      stock.addBacklog(w, p, units);
      here.backordered(p, now, units, stock.backlog[w][p]);
    }
    events.changed(w, p);
  }

  /** The store order leaves the warehouse's stock (and the system's on hand) for its lane. */
  private void ship(int slot, int p, long units, double t) {
    int l = stock.storeOrders.supplier(slot);
    stock.addOnHand(w, p, -units);
    stock.inTransit += units;
    double arrival = lanes[l].arrival(t);
    stock.storeOrders.announce(slot, Math.max(t + lanes[l].meanTransit(), arrival));
    events.schedule(arrival, NetworkWorld.SHIPMENT_ARRIVAL, slot);
  }

  /** A shipment reaches its store: stock there; returns the store (the caller fills its queue). */
  int shipmentArrives(int slot, double t) {
    int l = stock.storeOrders.supplier(slot);
    int p = productOf(slot);
    long units = stock.storeOrders.units(slot);
    stock.levelsChanging(l, p, t);
    boolean overtook = stock.storeOrders.close(slot);
    stock.addOnHand(l, p, units);
    stock.onOrder[l][p] -= units;
    stock.inTransit -= units;
    stock.recorders[l].received(p, 0, t, units, overtook);
    return l;
  }

  /** Product of a store order's slot, valid until it arrives. */
  int productOf(int slot) {
    int l = stock.storeOrders.supplier(slot);
    return stock.storeOrders.product(slot) - stock.key(l, 0);
  }

  /** Store orders still waiting here (for the audit). */
  long waiting() {
    long n = 0;
    for (BackorderQueue q : queues) {
      n += q.size();
    }
    return n;
  }

  /** At the horizon: the levels' last stretch. */
  void finish(double horizon) {
    for (int p = 0; p < queues.length; p++) {
      stock.levelsChanging(w, p, horizon);
    }
  }

  // ---- what the warehouse's policy may know ----

  double nextArrivalEta(int p, int s) {
    return supplierOrders.nextEta(p, s);
  }

  long unitsArrivingBy(int p, int s, double day) {
    return supplierOrders.unitsExpectedBy(p, s, day);
  }

  double announcedDelayDays(int s, double now) {
    return pipelines[s].announcedDelay(now);
  }
}
