package backorder.policy;

/**
 * A primary supplier and backups. The reorder rule decides when and how much (on the primary's lead
 * time); the mode decides from whom:
 * <ul>
 *   <li>split — every order is shared by fixed shares;
 *   <li>failover — while the primary's announced delay exceeds the threshold, orders go to the first backup;
 *   <li>expedite — orders go to the primary; in addition, when the projected sell-out date comes before
 *       the primary's next arrival, the gap is ordered from the fastest backup that can arrive sooner.
 *       Demand is projected at the larger of the planned rate and a forecast of orders taken
 *       (exponential smoothing, α = 0.3 a day), so a spike enlarges the gap; a gap smaller than the
 *       backup's lead-time demand is not worth an expedited order (and would otherwise be placed
 *       again for every few units of random shortfall).
 * </ul>
 */
final class MultiSupplierPolicy extends SpecPolicy {

  private final PolicySettings.MultiSupplier settings;
  private final PlanningInputs in;
  private final int primary;
  private final int[] backups; // expedite: fastest first
  private final double[] shares; // by supplier index, split mode
  private final ReorderLevels levels;
  private final DemandForecast recentDemand; // expedite mode only

  /** Smoothing of the daily orders that size an expedite: reacts within a few days of a spike. */
  private static final double EXPEDITE_SMOOTHING = 0.3;

  /**
   * The longest demand projection of an expedite, in days (the longest horizon a scenario may have): a
   * primary arrival ages away, behind a near-zero capacity, must not size a gap that overflows the unit counts.
   */
  private static final double LONGEST_PROJECTION_DAYS = 1_000_000;

  MultiSupplierPolicy(PolicySpec spec, PolicySettings.MultiSupplier settings, PlanningInputs in) {
    super(spec);
    this.settings = settings;
    this.in = in;
    this.primary = in.supplierIndex(settings.primary());
    int[] named = settings.backups().stream().mapToInt(in::supplierIndex).toArray();
    this.backups = settings.mode() == PolicySettings.MultiSupplier.Mode.EXPEDITE
        ? sortByLeadTime(named, in) : named;
    this.shares = new double[in.supplierNames().size()];
    if (settings.split() != null) {
      settings.split().forEach((name, share) -> shares[in.supplierIndex(name)] = share);
    }
    this.levels = new ReorderLevels(settings.rule(), in, in.meanLeadTime()[primary],
        in.leadTimeVariance()[primary], spec.reviewPeriodDays());
    this.recentDemand = settings.mode() == PolicySettings.MultiSupplier.Mode.EXPEDITE
        ? new DemandForecast(new Forecast(Forecast.Method.EXPONENTIAL_SMOOTHING, 1,
            EXPEDITE_SMOOTHING, 0), in)
        : null;
  }

  @Override
  public boolean observesDemand() {
    return recentDemand != null;
  }

  @Override
  public void observeDay(int p, long unitsTaken) {
    recentDemand.observe(p, unitsTaken);
  }

  @Override
  public void review(int p, InventoryView view, OrderSink sink) {
    long q = levels.quantity(p, view.position(p));
    switch (settings.mode()) {
      case SPLIT -> split(p, q, sink);
      case FAILOVER -> {
        if (q > 0) {
          boolean primaryLate = view.announcedDelayDays(primary) > settings.failoverAfterDelayDays();
          sink.order(p, primaryLate || !in.supplies()[primary][p] ? firstBackupFor(p) : primary, q);
        }
      }
      case EXPEDITE -> {
        if (q > 0) {
          sink.order(p, in.supplies()[primary][p] ? primary : firstBackupFor(p), q);
        }
        expediteGap(p, view, sink);
      }
    }
  }

  private void split(int p, long q, OrderSink sink) {
    if (q <= 0) {
      return;
    }
    long left = q;
    int last = -1;
    for (int s = 0; s < shares.length; s++) {
      if (shares[s] > 0 && in.supplies()[s][p]) {
        last = s;
      }
    }
    double suppliedShare = 0;
    for (int s = 0; s < shares.length; s++) {
      if (shares[s] > 0 && in.supplies()[s][p]) {
        suppliedShare += shares[s];
      }
    }
    for (int s = 0; s < shares.length && left > 0; s++) {
      if (shares[s] <= 0 || !in.supplies()[s][p]) {
        continue;
      }
      long part = s == last ? left : Math.min(left, Math.round(q * shares[s] / suppliedShare));
      if (part > 0) {
        sink.order(p, s, part);
        left -= part;
      }
    }
  }

  /**
   * Orders from the fastest backup the units the product will lack before the primary's next
   * arrival: projected demand until then minus what is on hand (net of backlog) and what backups
   * will have delivered by then.
   */
  private void expediteGap(int p, InventoryView view, OrderSink sink) {
    double now = view.now();
    double daily = Math.max(in.meanDailyUnits(p), recentDemand.unitsOver(p, 1));
    if (daily <= 0 || !in.supplies()[primary][p]) {
      return;
    }
    double nextPrimary = view.nextArrivalEta(p, primary);
    if (Double.isInfinite(nextPrimary)) {
      return; // nothing from the primary on its way: the reorder rule handles it
    }
    long net = view.onHand(p) - view.backlogUnits(p);
    if (now + Math.max(0, net) / daily >= nextPrimary) {
      return; // stock on hand lasts until the primary delivers (the common case: checked first)
    }
    for (int b : backups) {
      if (!in.supplies()[b][p]) {
        continue;
      }
      double backupLead = in.meanLeadTime()[b] + view.announcedDelayDays(b);
      if (now + backupLead >= nextPrimary) {
        continue; // this backup is no faster than waiting for the primary
      }
      long available = net;
      for (int s : backups) {
        available += view.unitsArrivingBy(p, s, nextPrimary);
      }
      long gap = (long) Math.ceil(daily * Math.min(nextPrimary - now, LONGEST_PROJECTION_DAYS) - available);
      if (gap > 0 && gap >= Math.ceil(daily * backupLead)) {
        sink.order(p, b, gap);
      }
      return;
    }
  }

  private int firstBackupFor(int p) {
    for (int b : backups) {
      if (in.supplies()[b][p]) {
        return b;
      }
    }
    return primary;
  }

  private static int[] sortByLeadTime(int[] ids, PlanningInputs in) {
    return java.util.Arrays.stream(ids).boxed()
        .sorted(java.util.Comparator.comparingDouble(s -> in.meanLeadTime()[s]))
        .mapToInt(Integer::intValue).toArray();
  }

  @Override
  public DerivedLevels derived(int product) {
    return levels.derived(product);
  }
}
