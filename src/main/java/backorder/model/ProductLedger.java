package backorder.model;

/**
 * What happened to one product (or to all products) in one replication, counted only inside
 * [warm-up, horizon): event counts, money, time integrals of stock levels, and the daily counts
 * the tail metrics need.
 */
final class ProductLedger {

  private final double warmup;

  long orders;
  long unitsDemanded;
  long filledAtArrival;
  long backorders;
  long backorderedUnits;
  long lostSales;
  long cancellations;
  long lostCustomers;
  long complaints;
  long purchaseOrders;
  long unitsOrdered;
  long crossed;
  long waitCount;
  double waitSum;
  double revenue;
  double purchaseCost;
  double orderingCost;
  double prepaidRevenue;

  // time-weighted levels
  private double lastChange;
  double backlogArea;
  double onHandArea;
  double maxBacklog;

  // most backorders in any 7 consecutive days
  private final int[] lastWeek = new int[7];
  private int weekSum;
  int todayBackorders;
  int worstWeek;

  // per day, for recovery after disruptions (null when there are none)
  final int[] dailyOrders;
  final int[] dailyFilled;
  int todayOrders;
  int todayFilled;

  ProductLedger(double warmup, int days, boolean keepDaily) {
    this.warmup = warmup;
    this.lastChange = 0;
    dailyOrders = keepDaily ? new int[days] : null;
    dailyFilled = keepDaily ? new int[days] : null;
  }

  /** Accumulates the levels held since the last change up to t (levels are those before the change at t). */
  void advance(double t, long onHand, long backlog) {
    if (t > warmup) {
      double from = Math.max(lastChange, warmup);
      double dt = t - from;
      onHandArea += onHand * dt;
      backlogArea += backlog * dt;
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

  /** Adds another ledger's counts and money (not levels or daily counts): products into the total. */
  void addCounts(ProductLedger o) {
    orders += o.orders;
    unitsDemanded += o.unitsDemanded;
    filledAtArrival += o.filledAtArrival;
    backorders += o.backorders;
    backorderedUnits += o.backorderedUnits;
    lostSales += o.lostSales;
    cancellations += o.cancellations;
    lostCustomers += o.lostCustomers;
    complaints += o.complaints;
    purchaseOrders += o.purchaseOrders;
    unitsOrdered += o.unitsOrdered;
    crossed += o.crossed;
    waitCount += o.waitCount;
    waitSum += o.waitSum;
    revenue += o.revenue;
    purchaseCost += o.purchaseCost;
    orderingCost += o.orderingCost;
    prepaidRevenue += o.prepaidRevenue;
    backlogArea += o.backlogArea;
    onHandArea += o.onHandArea;
  }
}
