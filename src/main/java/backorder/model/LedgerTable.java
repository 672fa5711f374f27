package backorder.model;

/**
 * The ledgers of one recorder: what happened to each product and to all of them in one
 * replication, counted only inside [warm-up, horizon) (event counts, money, time integrals of stock
 * levels, the daily counts the tail metrics need), with the whole-run count of each product's
 * orders still awaiting an outcome.
 *
 * <p>Each product's ledger is one record of {@link #STRIDE} slots in a single {@code long[]}
 * (doubles as raw bits), the total's the record after the last product. With thousands of
 * (location, product) ledgers an event's first look at its ledger misses the cache; the fields an
 * order that ships at once reads and writes ({@link #ORDERS} to {@link #BACKLOG_AREA}, 96 bytes)
 * therefore sit side by side, so that it touches one or two cache lines instead of one per object
 * and array.
 */
final class LedgerTable {

  // The summed counts are slots [0, COUNTS_TO), the summed amounts [AMOUNTS_FROM, AMOUNTS_TO):
  // folding products into the total adds those two ranges, so it cannot miss a field. The hot
  // fields straddle them: the last counts, the fields that are not summed, the first amounts.

  /** Event counts that add up from products to the total. */
  static final int BACKORDERS = 0;
  static final int BACKORDERED_UNITS = 1;
  static final int LOST_SALES = 2;
  static final int CANCELLATIONS = 3;
  static final int LOST_CUSTOMERS = 4;
  static final int COMPLAINTS = 5;
  static final int PURCHASE_ORDERS = 6;
  static final int UNITS_ORDERED = 7;
  static final int CROSSED = 8;
  static final int WAITS = 9;
  /** orders moved to a substitute, on the product first asked for (SPEC §9) */
  static final int SUBSTITUTIONS = 10;
  static final int SUBSTITUTED_UNITS = 11;
  static final int ORDERS = 12;
  static final int UNITS_DEMANDED = 13;
  static final int FILLED_AT_ARRIVAL = 14;
  private static final int COUNTS_TO = 15;

  // hot fields that are not summed: the day's counts, the audit count, the levels' bookkeeping
  static final int TODAY_ORDERS = 15;
  static final int TODAY_FILLED = 16;
  private static final int AWAITING_OUTCOME = 17;
  /** the product's unit price, a constant kept beside the revenue it multiplies */
  private static final int PRICE = 18;
  private static final int LAST_CHANGE = 19;
  private static final int MAX_BACKLOG = 20;

  /** Money and time integrals that add up from products to the total. */
  static final int REVENUE = 21;
  static final int ON_HAND_AREA = 22;
  static final int BACKLOG_AREA = 23;
  static final int WAIT_DAYS = 24;
  static final int PURCHASE_COST = 25;
  static final int ORDERING_COST = 26;
  static final int PREPAID_REVENUE = 27;
  /** the substitutes' revenue from orders moved to them, on the product first asked for */
  static final int SUBSTITUTION_REVENUE = 28;
  private static final int AMOUNTS_FROM = 21;
  private static final int AMOUNTS_TO = 29;

  // most backorders in any 7 consecutive days (long, like every count: a day of the total may
  // hold billions of orders in a legal scenario), touched once a day
  static final int TODAY_BACKORDERS = 29;
  private static final int WEEK_SUM = 30;
  private static final int WORST_WEEK = 31;
  private static final int LAST_WEEK = 32;
  static final int STRIDE = LAST_WEEK + 7;

  private final double warmup;
  private final int total;
  private final long[] slots;
  /** per record and day, for recovery after disruptions (null when there are none) */
  private final long[][] dailyOrders;
  private final long[][] dailyFilled;

  /** Ledgers for products with the given unit prices, and their total. */
  LedgerTable(double[] prices, double warmup, int days, boolean keepDaily) {
    this.warmup = warmup;
    total = prices.length;
    slots = new long[(total + 1) * STRIDE];
    for (int p = 0; p < total; p++) {
      setAmount(p, PRICE, prices[p]);
    }
    dailyOrders = keepDaily ? new long[total + 1][days] : null;
    dailyFilled = keepDaily ? new long[total + 1][days] : null;
  }

  /** The record index of the total ledger (the products' are 0 to this minus one). */
  int total() {
    return total;
  }

  long count(int r, int field) {
    return slots[r * STRIDE + field];
  }

  double amount(int r, int field) {
    return Double.longBitsToDouble(slots[r * STRIDE + field]);
  }

  void addCount(int r, int field, long units) {
    slots[r * STRIDE + field] += units;
  }

  void addAmount(int r, int field, double value) {
    int i = r * STRIDE + field;
    slots[i] = Double.doubleToRawLongBits(Double.longBitsToDouble(slots[i]) + value);
  }

  private void setAmount(int r, int field, double value) {
    slots[r * STRIDE + field] = Double.doubleToRawLongBits(value);
  }

  double price(int p) {
    return amount(p, PRICE);
  }

  /** An order arrived at record r: counted when {@code counted}, awaiting an outcome always. */
  void orderArrived(int r, boolean counted, long units) {
    int i = r * STRIDE;
    slots[i + AWAITING_OUTCOME]++;
    if (counted) {
      slots[i + ORDERS]++;
      slots[i + UNITS_DEMANDED] += units;
      slots[i + TODAY_ORDERS]++;
    }
  }

  /** An order of record r now has its outcome (shipped, substituted, backordered or lost). */
  void outcome(int r) {
    slots[r * STRIDE + AWAITING_OUTCOME]--;
  }

  /** An order of record r, counted, was filled at arrival. */
  void filledAtArrival(int r) {
    int i = r * STRIDE;
    slots[i + FILLED_AT_ARRIVAL]++;
    slots[i + TODAY_FILLED]++;
  }

  /** Accumulates r's levels held since its last change up to t (those before the change at t). */
  void advance(int r, double t, long onHand, long backlog) {
    int i = r * STRIDE;
    if (t > warmup) {
      double from = Math.max(Double.longBitsToDouble(slots[i + LAST_CHANGE]), warmup);
      double dt = t - from;
      addAmount(r, ON_HAND_AREA, onHand * dt);
      addAmount(r, BACKLOG_AREA, backlog * dt);
      if (backlog > maxBacklog(r)) {
        setAmount(r, MAX_BACKLOG, backlog); // the level held over (from, t]
      }
    }
    slots[i + LAST_CHANGE] = Double.doubleToRawLongBits(t);
  }

  /** Records the backlog reached at t (so a peak is seen even when it lasts an instant). */
  void observeBacklog(int r, double t, long backlog) {
    if (t >= warmup && backlog > maxBacklog(r)) {
      setAmount(r, MAX_BACKLOG, backlog);
    }
  }

  double maxBacklog(int r) {
    return amount(r, MAX_BACKLOG);
  }

  long worstWeek(int r) {
    return count(r, WORST_WEEK);
  }

  /** Closes {@code day} in every ledger, the total's included. */
  void closeDay(int day) {
    for (int r = 0; r <= total; r++) {
      closeDay(r, day);
    }
  }

  private void closeDay(int r, int day) {
    int i = r * STRIDE;
    long backorders = slots[i + TODAY_BACKORDERS];
    int week = i + LAST_WEEK + day % 7;
    long weekSum = slots[i + WEEK_SUM] + backorders - slots[week];
    slots[i + WEEK_SUM] = weekSum;
    slots[week] = backorders;
    slots[i + WORST_WEEK] = Math.max(slots[i + WORST_WEEK], weekSum);
    slots[i + TODAY_BACKORDERS] = 0;
    if (dailyOrders != null && day < dailyOrders[r].length) {
      dailyOrders[r][day] = slots[i + TODAY_ORDERS];
      dailyFilled[r][day] = slots[i + TODAY_FILLED];
    }
    slots[i + TODAY_ORDERS] = 0;
    slots[i + TODAY_FILLED] = 0;
  }

  /** Record r's orders per day (from day 0), or null when no daily counts are kept. */
  long[] dailyOrders(int r) {
    return dailyOrders == null ? null : dailyOrders[r];
  }

  long[] dailyFilled(int r) {
    return dailyFilled == null ? null : dailyFilled[r];
  }

  /** The first product whose orders asked for do not balance their outcomes, or -1. */
  int firstUnbalanced() {
    for (int p = 0; p < total; p++) {
      if (count(p, AWAITING_OUTCOME) != 0) {
        return p;
      }
    }
    return -1;
  }

  /**
   * Adds every product's counts and amounts to the total's, in product order (not the levels or
   * daily counts, which the total observes itself), then counts each order moved to a substitute
   * once: it is in the orders of both products (SPEC §9) but is one customer order, so the total
   * counts it as asked for, and as substituted rather than filled (orders = filled + substituted +
   * backordered + lost holds in the total as for each product). Call once, at the end.
   */
  void foldIntoTotal() {
    for (int p = 0; p < total; p++) {
      for (int field = 0; field < COUNTS_TO; field++) {
        addCount(total, field, count(p, field));
      }
      for (int field = AMOUNTS_FROM; field < AMOUNTS_TO; field++) {
        addAmount(total, field, amount(p, field));
      }
    }
    addCount(total, ORDERS, -count(total, SUBSTITUTIONS));
    addCount(total, UNITS_DEMANDED, -count(total, SUBSTITUTED_UNITS));
    addCount(total, FILLED_AT_ARRIVAL, -count(total, SUBSTITUTIONS));
  }
}
