package backorder.model;

import backorder.scenario.Disruption;
import backorder.scenario.Product;

/**
 * The time-varying customer order rate of one product: base rate × weekly pattern × demand spikes
 * × remaining customer base × scarcity boost, and an upper bound of it over a day for thinning.
 */
final class DemandRate {

  private final double base;
  private final double[] weekly;
  private final boolean flatWeek;
  private final double[] spikeStart;
  private final double[] spikeEnd;
  private final double[] spikeMultiplier;
  private final double[] spikeHalfLife;
  /** The spikes touching the stretch {@link #calendarBound} is bounding (scratch, one model per thread). */
  private final int[] touch;
  private final double boost;
  private final long customerBase;

  DemandRate(Product product, DisruptionSchedule schedule, int p) {
    var demand = product.demand();
    base = demand.ratePerDay();
    weekly = demand.weeklyPattern();
    boolean flat = true;
    for (double w : weekly) {
      flat &= w == weekly[0];
    }
    flatWeek = flat && weekly[0] == 1.0;
    int n = 0;
    for (int i = 0; i < schedule.size(); i++) {
      if (schedule.source(i) instanceof Disruption.DemandSpike && schedule.affects(i, p)) {
        n++;
      }
    }
    spikeStart = new double[n];
    spikeEnd = new double[n];
    spikeMultiplier = new double[n];
    spikeHalfLife = new double[n];
    touch = new int[n];
    int k = 0;
    for (int i = 0; i < schedule.size(); i++) {
      if (schedule.source(i) instanceof Disruption.DemandSpike s && schedule.affects(i, p)) {
        spikeStart[k] = schedule.window(i).start();
        spikeEnd[k] = schedule.window(i).end();
        spikeMultiplier[k] = s.multiplier();
        spikeHalfLife[k] = s.halfLifeDays();
        k++;
      }
    }
    boost = product.customers().backorderBoost();
    customerBase = product.customers().base();
  }

  /** Whether the rate ever changes within a day (then thinning works day by day). */
  boolean variesWithinRun() {
    return !flatWeek || spikeStart.length > 0;
  }

  /**
   * Whether the rate depends on the run's state (backlog, defections): thinning needs a bound, and
   * when not, {@link #stateFactor} is 1 whatever the state.
   */
  boolean dependsOnState() {
    return boost > 0 || customerBase > 0;
  }

  /** The calendar part of the rate at time t: base × weekly pattern × spikes. */
  double calendarRate(double t) {
    double r = base;
    if (!flatWeek) {
      r *= weekly[weekday(t)];
    }
    for (int i = 0; i < spikeStart.length; i++) {
      if (t >= spikeStart[i] && t < spikeEnd[i]) {
        r *= spikeValue(i, t);
      }
    }
    return r;
  }

  /** The state part: remaining customer base and the scarcity boost while backordered. */
  double stateFactor(boolean showsBackordered, long defections) {
    double f = 1;
    if (customerBase > 0) {
      f = Math.max(0, 1 - (double) defections / customerBase);
    }
    if (showsBackordered) {
      f *= 1 + boost;
    }
    return f;
  }

  /** The largest state factor possible (for the thinning bound). */
  double maxStateFactor() {
    return 1 + boost;
  }

  /**
   * An upper bound of the calendar rate over [from, to): the largest, over the stretches between
   * spike starts and ends, of the rate's bound with the spikes in force there. Multiplying the
   * bounds of every spike that touches [from, to) instead would multiply spikes that never act at
   * once: 50 short recurring spikes of x2 in a day gave a bound 2^50 times the rate, and thinning
   * against it never ended. With at most one spike in the stretch both are the same number.
   */
  double calendarBound(double from, double to) {
    double r = base;
    if (!flatWeek) {
      r *= weekly[weekday(from)]; // [from, to) lies within one day
    }
    int touching = 0;
    for (int i = 0; i < spikeStart.length; i++) {
      if (spikeEnd[i] > from && spikeStart[i] < to) {
        touch[touching++] = i; // in spike order, so each stretch multiplies as the whole day did
      }
    }
    double bound = r;
    for (double a = from; a < to; ) {
      double b = nextSpikeChange(a, to, touching);
      bound = Math.max(bound, stretchBound(r, a, b, touching));
      a = b;
    }
    return bound;
  }

  /** The first start or end of the touching spikes after a and before to, else to. */
  private double nextSpikeChange(double a, double to, int touching) {
    double b = to;
    for (int k = 0; k < touching; k++) {
      int i = touch[k];
      if (spikeStart[i] > a && spikeStart[i] < b) {
        b = spikeStart[i];
      }
      if (spikeEnd[i] > a && spikeEnd[i] < b) {
        b = spikeEnd[i];
      }
    }
    return b;
  }

  /** An upper bound of {@code r} times the spikes in force throughout [a, b), where none starts or ends. */
  private double stretchBound(double r, double a, double b, int touching) {
    for (int k = 0; k < touching; k++) {
      int i = touch[k];
      if (spikeEnd[i] > a && spikeStart[i] < b) {
        r *= Math.max(1, Math.max(spikeValue(i, a), spikeValue(i, Math.max(a, b - 1e-9))));
      }
    }
    return r;
  }

  /**
   * The first time after t at which the calendar rate's formula changes (a new day unless the week
   * is flat, a spike's start or end), +∞ when none; see {@link #loadPiece}.
   */
  double nextCalendarChange(double t) {
    double next = flatWeek ? Double.POSITIVE_INFINITY : Math.floor(t) + 1;
    for (int i = 0; i < spikeStart.length; i++) {
      if (spikeStart[i] > t) {
        next = Math.min(next, spikeStart[i]);
      }
      if (spikeEnd[i] > t) {
        next = Math.min(next, spikeEnd[i]);
      }
    }
    return next;
  }

  /**
   * Loads into {@code piece} the calendar rate from time a until {@link #nextCalendarChange}(a):
   * base × weekday factor × step spikes, times 1 + (multiplier − 1)·2^(−(t − start) / half-life) per
   * decaying spike in force.
   */
  void loadPiece(double a, CalendarPiece piece) {
    double constant = flatWeek ? base : base * weekly[weekday(a)];
    for (int i = 0; i < spikeStart.length; i++) {
      if (a >= spikeStart[i] && a < spikeEnd[i] && Double.isNaN(spikeHalfLife[i])) {
        constant *= spikeMultiplier[i];
      }
    }
    piece.reset(constant);
    for (int i = 0; i < spikeStart.length; i++) {
      if (a >= spikeStart[i] && a < spikeEnd[i] && !Double.isNaN(spikeHalfLife[i])) {
        double h = spikeHalfLife[i];
        piece.addDecay((spikeMultiplier[i] - 1) * StrictMath.pow(2, -(a - spikeStart[i]) / h),
            StrictMath.log(2) / h);
      }
    }
  }

  /** How many demand spikes act on this product (the most a {@link CalendarPiece} holds). */
  int spikeCount() {
    return spikeStart.length;
  }

  private double spikeValue(int i, double t) {
    double m = spikeMultiplier[i];
    double h = spikeHalfLife[i];
    if (Double.isNaN(h)) {
      return m;
    }
    return 1 + (m - 1) * StrictMath.pow(2, -(t - spikeStart[i]) / h);
  }

  static int weekday(double t) {
    return (int) (((long) Math.floor(t)) % 7);
  }
}
