package backorder.experiment;

import backorder.model.DailySeries;
import backorder.model.LocationReplication;
import backorder.metric.Metric;
import backorder.model.ReplicationResult;
import java.util.Arrays;
import java.util.List;

/**
 * Folds one policy's replications, in replication order, into its {@link PolicyResult}: tallies per
 * metric (total and per product), the per-replication rows, and the daily values for the bands.
 * Per-product detail of a replication is dropped once folded. Daily means use every replication;
 * the percentile bands use the first replications up to a memory bound (all of them in any
 * ordinary run: 40 million values, e.g. 5,000 replications of a 3-year horizon). The replication
 * count given is a capacity: folding more grows it, and the result is the same as if the final
 * count had been given (the bound does not depend on it), which lets a run add replications.
 */
final class PolicyAccumulator {

  private final String name;
  private final String type;
  private final List<String> skus;
  private final Tally[] totals = newTallies();
  private final Tally[][] products;
  private double[][] rows;
  /** values kept per day for the quantile bands: bounded so huge runs cannot exhaust memory */
  static final long MAX_KEPT_DAILY_VALUES = 40_000_000;
  /** days gathered at once from the replications' rows when the bands are computed */
  private static final int DAY_BLOCK = 64;

  /**
   * [series][replication][day] for the first `kept` replications: one array per replication, not one
   * per day, so a long horizon does not pay an array header per day and series.
   */
  private final float[][][] dailyByReplication;
  private final int days;
  private final double[][] dailySum; // [series][day], every replication
  /** most replications kept for the bands, whatever the final count */
  private final int keptLimit;
  /** replications the band arrays have room for: at most keptLimit */
  private int kept;
  private final double[] waits = new double[ReplicationResult.WAIT_BINS + 1];
  private int added;
  /** per location of a network (SPEC §7), its numbers folded the same way; empty without one */
  private final List<String> locationNames;
  private final PolicyAccumulator[] locations;

  PolicyAccumulator(String name, String type, List<String> skus, int replications, int days) {
    this(name, type, skus, replications, days, MAX_KEPT_DAILY_VALUES);
  }

  /** As above for a network's policy, folding each location's numbers beside the policy's. */
  PolicyAccumulator(String name, String type, List<String> skus, int replications, int days,
      List<String> locationNames) {
    this(name, type, skus, replications, days, MAX_KEPT_DAILY_VALUES, locationNames);
  }

  /** As above with another bound on the values kept for the bands (tests reach it cheaply). */
  PolicyAccumulator(String name, String type, List<String> skus, int replications, int days,
      long maxKeptDailyValues) {
    this(name, type, skus, replications, days, maxKeptDailyValues, List.of());
  }

  private PolicyAccumulator(String name, String type, List<String> skus, int replications,
      int days, long maxKeptDailyValues, List<String> locationNames) {
    this.locationNames = List.copyOf(locationNames);
    locations = new PolicyAccumulator[locationNames.size()];
    for (int l = 0; l < locations.length; l++) {
      locations[l] = new PolicyAccumulator(locationNames.get(l), type, List.of(), replications,
          days, maxKeptDailyValues);
    }
    this.name = name;
    this.type = type;
    this.skus = skus;
    products = new Tally[skus.size()][];
    for (int p = 0; p < products.length; p++) {
      products[p] = newTallies();
    }
    rows = new double[replications][];
    keptLimit = (int) Math.max(1, Math.min(Integer.MAX_VALUE,
        maxKeptDailyValues / Math.max(1L, (long) DailySeries.COUNT * days)));
    kept = Math.max(1, Math.min(replications, keptLimit));
    this.days = days;
    dailyByReplication = new float[DailySeries.COUNT][kept][];
    dailySum = new double[DailySeries.COUNT][days];
  }

  /** Makes room for {@code replications} in all (before adding more than first announced). */
  void ensureCapacity(int replications) {
    for (PolicyAccumulator l : locations) {
      l.ensureCapacity(replications);
    }
    if (replications > rows.length) {
      rows = Arrays.copyOf(rows, replications);
    }
    int wanted = Math.min(replications, keptLimit);
    if (wanted > kept) {
      for (int s = 0; s < dailyByReplication.length; s++) {
        dailyByReplication[s] = Arrays.copyOf(dailyByReplication[s], wanted);
      }
      kept = wanted;
    }
  }

  /** The running summary of one metric over all products, for the replications added so far. */
  Tally.Summary total(int metric) {
    return totals[metric].summary();
  }

  void add(ReplicationResult r) {
    if (added == rows.length) {
      ensureCapacity(Math.max(added + 1, 2 * added)); // unannounced: grow geometrically
    }
    for (int m = 0; m < Metric.COUNT; m++) {
      totals[m].add(r.totals()[m]);
    }
    for (int p = 0; p < products.length; p++) {
      double[] values = r.perProduct()[p];
      for (int m = 0; m < Metric.COUNT; m++) {
        products[p][m].add(values[m]);
      }
    }
    rows[added] = r.totals();
    for (int s = 0; s < DailySeries.COUNT; s++) {
      float[] series = r.daily()[s];
      for (int d = 0; d < series.length; d++) {
        dailySum[s][d] += series[d];
      }
      if (added < kept) {
        dailyByReplication[s][added] = Arrays.copyOf(series, days);
      }
    }
    for (int b = 0; b < waits.length; b++) {
      waits[b] += r.waitHistogram()[b];
    }
    for (int l = 0; l < locations.length; l++) {
      LocationReplication own = r.locations().get(l);
      locations[l].add(new ReplicationResult(r.replication(), own.totals(), new double[0][],
          own.daily(), new long[waits.length], List.of(), 0));
    }
    added++;
  }

  PolicyResult freeze() {
    Tally.Summary[] totalSummary = summaries(totals);
    Tally.Summary[][] productSummary = new Tally.Summary[products.length][];
    for (int p = 0; p < products.length; p++) {
      productSummary[p] = summaries(products[p]);
    }
    double[][] mean = new double[DailySeries.COUNT][days];
    double[][] p10 = new double[DailySeries.COUNT][days];
    double[][] p50 = new double[DailySeries.COUNT][days];
    double[][] p90 = new double[DailySeries.COUNT][days];
    for (int s = 0; s < DailySeries.COUNT; s++) {
      fillBands(s, mean[s], p10[s], p50[s], p90[s]);
    }
    double[] meanWaits = new double[waits.length];
    for (int b = 0; b < waits.length; b++) {
      meanWaits[b] = waits[b] / added;
    }
    List<LocationResult> perLocation = new java.util.ArrayList<>();
    for (int l = 0; l < locations.length; l++) {
      PolicyResult own = locations[l].freeze();
      perLocation.add(new LocationResult(locationNames.get(l), own.totals(),
          own.replicationTotals(), own.daily()));
    }
    return new PolicyResult(name, type, totalSummary, productSummary,
        Arrays.copyOf(rows, added), new DailyBands(mean, p10, p50, p90), meanWaits, skus,
        List.copyOf(perLocation));
  }

  /**
   * Series s's daily mean and percentiles. The kept values are one row per replication; a block of
   * {@value #DAY_BLOCK} days is gathered from every row at once (a read down one day across
   * 10,000 rows missed the cache at every value), and each day's order statistics are counted or
   * selected, not sorted ({@link DayPercentiles}: sorting 10,000 values per day and series was 10%
   * of a 10,000-replication run of a one-product model).
   */
  private void fillBands(int s, double[] mean, double[] p10, double[] p50, double[] p90) {
    int bands = Math.min(added, keptLimit);
    double[][] block = new double[Math.min(DAY_BLOCK, days)][bands]; // floats widen exactly
    DayPercentiles percentiles = new DayPercentiles(bands);
    double[] day = new double[DayPercentiles.LEVELS.length];
    for (int from = 0; from < days; from += DAY_BLOCK) {
      int width = Math.min(DAY_BLOCK, days - from);
      for (int r = 0; r < bands; r++) {
        float[] row = dailyByReplication[s][r];
        for (int i = 0; i < width; i++) {
          block[i][r] = row[from + i];
        }
      }
      for (int i = 0; i < width; i++) {
        int d = from + i;
        mean[d] = dailySum[s][d] / added;
        percentiles.of(block[i], day);
        p10[d] = day[0];
        p50[d] = day[1];
        p90[d] = day[2];
      }
    }
  }

  private static Tally[] newTallies() {
    Tally[] t = new Tally[Metric.COUNT];
    for (int m = 0; m < t.length; m++) {
      t[m] = new Tally();
    }
    return t;
  }

  private static Tally.Summary[] summaries(Tally[] tallies) {
    Tally.Summary[] s = new Tally.Summary[tallies.length];
    for (int m = 0; m < s.length; m++) {
      s[m] = tallies[m].summary();
    }
    return s;
  }
}
