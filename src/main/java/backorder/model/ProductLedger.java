package backorder.model;

/**
 * What happened to one product (or to all products) in one replication, counted only inside
 * [warm-up, horizon): event counts, money, time integrals of stock levels, and the daily counts
 * the tail metrics need.
 */
final class ProductLedger {

  /** Indexes into {@link #counts}: the event counts that add up from products to the total. */
  static final class Count {
    static final int ORDERS = 0;
    static final int UNITS_DEMANDED = 1;
    static final int FILLED_AT_ARRIVAL = 2;
    static final int BACKORDERS = 3;
    static final int BACKORDERED_UNITS = 4;
    static final int LOST_SALES = 5;
    static final int CANCELLATIONS = 6;
    static final int LOST_CUSTOMERS = 7;
    static final int COMPLAINTS = 8;
    static final int PURCHASE_ORDERS = 9;
    static final int UNITS_ORDERED = 10;
    static final int CROSSED = 11;
    static final int WAITS = 12;
    /** orders moved to a substitute, on the product first asked for (SPEC §9) */
    static final int SUBSTITUTIONS = 13;
    static final int SUBSTITUTED_UNITS = 14;
    static final int SIZE = 15;

    private Count() {}
  }

  /** Indexes into {@link #amounts}: the money and time integrals that add up to the total. */
  static final class Amount {
    static final int WAIT_DAYS = 0;
    static final int REVENUE = 1;
    static final int PURCHASE_COST = 2;
    static final int ORDERING_COST = 3;
    static final int PREPAID_REVENUE = 4;
    static final int BACKLOG_AREA = 5;
    static final int ON_HAND_AREA = 6;
    /** the substitutes' revenue from orders moved to them, on the product first asked for */
    static final int SUBSTITUTION_REVENUE = 7;
    static final int SIZE = 8;

    private Amount() {}
  }

  private final double warmup;

  // one array each, so that folding products into the total cannot miss a field
  final long[] counts = new long[Count.SIZE];
  final double[] amounts = new double[Amount.SIZE];

  // time-weighted levels
  private double lastChange;
  double maxBacklog;

  // most backorders in any 7 consecutive days (long, like every count: a day of the total may
  // hold billions of orders in a legal scenario)
  private final long[] lastWeek = new long[7];
  private long weekSum;
  long todayBackorders;
  long worstWeek;

  // per day, for recovery after disruptions (null when there are none)
  final long[] dailyOrders;
  final long[] dailyFilled;
  long todayOrders;
  long todayFilled;

  ProductLedger(double warmup, int days, boolean keepDaily) {
    this.warmup = warmup;
    this.lastChange = 0;
    dailyOrders = keepDaily ? new long[days] : null;
    dailyFilled = keepDaily ? new long[days] : null;
  }

  /** Accumulates the levels held since the last change up to t (levels are those before the change at t). */
  void advance(double t, long onHand, long backlog) {
    if (t > warmup) {
      double from = Math.max(lastChange, warmup);
      double dt = t - from;
      amounts[Amount.ON_HAND_AREA] += onHand * dt;
      amounts[Amount.BACKLOG_AREA] += backlog * dt;
      if (backlog > maxBacklog) {
        maxBacklog = backlog; // the level held over (from, t]
      }
    }
    lastChange = t;
  }

  /** Records the backlog reached at t (so a peak is seen even when it lasts an instant). */
  void observeBacklog(double t, long backlog) {
    if (t >= warmup && backlog > maxBacklog) {
      maxBacklog = backlog;
    }
  }

  void closeDay(int day) {
    int slot = day % 7;
    weekSum += todayBackorders - lastWeek[slot];
    lastWeek[slot] = todayBackorders;
    worstWeek = Math.max(worstWeek, weekSum);
    todayBackorders = 0;
    if (dailyOrders != null && day < dailyOrders.length) {
      dailyOrders[day] = todayOrders;
      dailyFilled[day] = todayFilled;
    }
    todayOrders = 0;
    todayFilled = 0;
  }

  /**
   * Adds another ledger's counts and amounts (not its levels or daily counts, which the total
   * observes itself): folds a product into the total.
   */
  void add(ProductLedger o) {
    for (int i = 0; i < Count.SIZE; i++) {
      counts[i] += o.counts[i];
    }
    for (int i = 0; i < Amount.SIZE; i++) {
      amounts[i] += o.amounts[i];
    }
  }

  /**
   * For the total, once the products are added: an order moved to a substitute is counted in the
   * orders of both products (SPEC §9) but is one customer order, so the total counts it once, as
   * asked for, and as substituted rather than filled (orders = filled + substituted + backordered
   * + lost holds in the total as for each product).
   */
  void countMovedOrdersOnce() {
    counts[Count.ORDERS] -= counts[Count.SUBSTITUTIONS];
    counts[Count.UNITS_DEMANDED] -= counts[Count.SUBSTITUTED_UNITS];
    counts[Count.FILLED_AT_ARRIVAL] -= counts[Count.SUBSTITUTIONS];
  }
}
