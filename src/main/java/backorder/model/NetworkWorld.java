package backorder.model;

import backorder.engine.EventCalendar;
import backorder.engine.EventHandler;
import backorder.engine.EventLoop;
import backorder.policy.Policy;
import backorder.policy.PolicySpec;
import backorder.random.RandomStreams;
import backorder.scenario.Network;
import backorder.scenario.Product;
import backorder.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;

/**
 * One replication of one policy in a two-echelon network (SPEC §7): the same inventory world indexed
 * by (location, product). Customers order at the stores ({@link StoreFronts}), stores order from
 * the warehouse, which orders from the suppliers ({@link Warehouse}); each location runs its own
 * instance of the policy, with that location's settings, on its own view ({@link LocationView}).
 * The policy's numbers count store customers; each location's numbers come beside them.
 */
public final class NetworkWorld implements EventHandler, NetworkEvents {

  static final int DAY_END = 0;
  static final int WARMUP_START = 1;
  static final int PO_ARRIVAL = 2;
  static final int SHIPMENT_ARRIVAL = 3;
  static final int ETA_ANNOUNCE = 4;
  static final int REVIEW = 5;
  static final int DEMAND = 6;
  static final int CANCEL = 7;

  private final EventCalendar calendar;
  private final Scenario scenario;
  private final int replication;
  private final double horizon;
  private final double warmup;
  private final int days;
  private final int n;
  private final Policy[] policies;
  private final boolean[] continuous;
  private final LocationView[] views;
  private final NetworkStock stock;
  private final StoreFronts stores;
  private final Warehouse warehouse;
  private double now;
  private List<Audit> audits;

  public NetworkWorld(Scenario scenario, PolicySpec spec, int replication) {
    this.scenario = scenario;
    this.replication = replication;
    this.horizon = scenario.horizonDays();
    this.warmup = scenario.warmupDays();
    this.days = (int) Math.ceil(horizon);
    this.n = scenario.products().size();
    Network net = scenario.network();
    int locations = net.locations().size();
    List<PolicySpec> specs = net.specsOf(spec.name());
    policies = new Policy[locations];
    continuous = new boolean[locations];
    boolean[] notify = new boolean[locations];
    boolean[] substitutes = new boolean[locations];
    for (int l = 0; l < locations; l++) {
      policies[l] = specs.get(l).newPolicy(NetworkSetup.inputs(scenario, l));
      continuous[l] = policies[l].reviewPeriodDays() <= 0;
      notify[l] = policies[l].notifiesCustomers();
      substitutes[l] = policies[l].offersSubstitutes();
    }
    RandomStreams streams = new RandomStreams(scenario.seed(), replication);
    DisruptionSchedule disruptions = new DisruptionSchedule(scenario, streams);
    calendar = new EventCalendar(EventEstimate.customerOrdersPerDay(scenario));
    stock = new NetworkStock(scenario, disruptions);
    stores = new StoreFronts(scenario, stock, this, disruptions, streams, notify, substitutes);
    warehouse = new Warehouse(scenario, stock, this, disruptions, streams);
    views = new LocationView[locations];
    for (int l = 0; l < locations; l++) {
      views[l] = new LocationView(this, stock, warehouse, l);
    }
  }

  /** Runs the replication to the horizon and returns its numbers, per location beside the policy's. */
  public ReplicationResult run() {
    for (int l = 0; l < policies.length; l++) {
      for (int p = 0; l != stock.warehouse && p < n; p++) {
        schedule(stores.firstArrival(l, p), DEMAND, stock.key(l, p));
      }
    }
    if (days > 1) {
      schedule(1, DAY_END, 0);
    }
    if (warmup > 0) {
      schedule(warmup, WARMUP_START, 0);
    }
    for (int l = 0; l < policies.length; l++) {
      if (continuous[l]) {
        for (int p = 0; p < n; p++) {
          policies[l].review(p, views[l], views[l]);
        }
      } else {
        schedule(0, REVIEW, l);
      }
    }
    long events = EventLoop.run(calendar, horizon, this);
    now = horizon;
    return finish(events);
  }

  @Override
  public void handle(double time, int type, int a) {
    now = time;
    switch (type) {
      case DEMAND -> schedule(stores.demandArrives(a / n, a % n, time), DEMAND, a);
      case PO_ARRIVAL -> warehouse.supplierStockArrives(a, time);
      case SHIPMENT_ARRIVAL -> {
        int p = warehouse.productOf(a);
        int l = warehouse.shipmentArrives(a, time);
        stores.fillQueue(l, p, time);
        changed(l, p);
      }
      case CANCEL -> stores.cancelExpired(a / n, a % n, time);
      case DAY_END -> {
        closeDay(a);
        schedule(a + 2, DAY_END, a + 1); // the last day's closing is past the horizon: finish closes it
      }
      case REVIEW -> {
        for (int p = 0; p < n; p++) {
          policies[a].review(p, views[a], views[a]);
        }
        schedule(time + policies[a].reviewPeriodDays(), REVIEW, a);
      }
      case ETA_ANNOUNCE -> warehouse.announceDelay(a);
      case WARMUP_START -> stock.warmupEnds(time);
      default -> throw new IllegalStateException("unknown event type " + type);
    }
  }

  /**
   * Also past the horizon: a branch on it is first taken in a replication's last days (the last
   * arrivals and shipments, patience running past the end), and taking it made the compiled loop
   * fall back to the interpreter and be compiled again at the end of each worker's first replication.
   */
  @Override
  public void schedule(double t, int type, int a) {
    if (t < Double.POSITIVE_INFINITY) {
      calendar.schedule(t, type, type, a);
    }
  }

  @Override
  public void changed(int l, int p) {
    if (continuous[l]) {
      policies[l].review(p, views[l], views[l]);
    }
  }

  double now() {
    return now;
  }

  private void closeDay(int day) {
    for (int l = 0; l < policies.length; l++) {
      if (policies[l].observesDemand()) {
        for (int p = 0; p < n; p++) {
          policies[l].observeDay(p, stock.takenToday[l][p]);
        }
      }
    }
    stock.dayClosed(day);
  }

  /** The balances of the finished replication per location, then the system's (for tests). */
  List<Audit> lastAudits() {
    return audits;
  }

  private ReplicationResult finish(long events) {
    audits = audits();
    audits.forEach(Audit::verify);
    for (int l = 0; l < policies.length; l++) {
      if (l == stock.warehouse) {
        warehouse.finish(horizon);
      } else {
        stores.finish(l, horizon);
      }
    }
    if (days > 0) {
      closeDay(days - 1);
    }
    List<LocationReplication> locations = new ArrayList<>();
    for (MetricRecorder r : stock.recorders) {
      ReplicationResult own = r.result(replication, events);
      locations.add(new LocationReplication(own.totals(), own.daily()));
    }
    ReplicationResult system = stock.system.result(replication, events);
    return new ReplicationResult(system.replication(), system.totals(), system.perProduct(),
        system.daily(), system.waitHistogram(), system.disruptions(), system.events(), locations);
  }

  private List<Audit> audits() {
    List<Audit> out = new ArrayList<>();
    long systemInitial = 0;
    long waiting = 0;
    for (Product p : scenario.products()) {
      systemInitial += p.initialOnHand();
    }
    for (int l = 0; l < policies.length; l++) {
      long initial = 0;
      for (int p = 0; p < n; p++) {
        initial += NetworkSetup.initialOnHand(scenario.network(), scenario.products().get(p), l);
      }
      long w = l == stock.warehouse ? warehouse.waiting() : stores.waiting(l);
      waiting += l == stock.warehouse ? 0 : w;
      out.add(stock.recorders[l].audit(initial, sum(stock.onHand[l]), sum(stock.onOrder[l]),
          sum(stock.backlog[l]), w));
    }
    out.add(stock.system.audit(systemInitial, sum(stock.systemOnHand) + stock.inTransit,
        sum(stock.onOrder[stock.warehouse]), sum(stock.systemBacklog), waiting));
    return out;
  }

  private static long sum(long[] values) {
    long s = 0;
    for (long v : values) {
      s += v;
    }
    return s;
  }
}
