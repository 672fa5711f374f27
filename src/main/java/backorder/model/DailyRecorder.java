package backorder.model;

/**
 * The end-of-day series of one replication, all products together ({@link DailySeries}). The
 * cumulative counts are kept as they happen rather than summed over the products at each day's
 * end: that sum read every product's ledger every day, a cache miss per product once the products
 * outgrow the cache.
 */
final class DailyRecorder {

  private static final DailySeries[] CUMULATIVE = {DailySeries.BACKORDERS_CUM,
      DailySeries.CANCELLATIONS_CUM, DailySeries.LOST_CUSTOMERS_CUM, DailySeries.LOST_SALES_CUM,
      DailySeries.SUBSTITUTIONS_CUM};

  private final float[][] series;
  /** per series, the count so far (from warm-up on); only the cumulative series use theirs */
  private final long[] soFar = new long[DailySeries.COUNT];

  DailyRecorder(int days) {
    series = new float[DailySeries.COUNT][days];
  }

  /** One more of a cumulative series' events (a backorder, a cancellation, ...). */
  void counted(DailySeries cumulative) {
    soFar[cumulative.ordinal()]++;
  }

  /** Records the levels at the end of {@code day} and the counts so far. */
  void record(int day, long onHand, long backlog, long onOrder) {
    set(DailySeries.ON_HAND, day, onHand);
    set(DailySeries.BACKLOG_UNITS, day, backlog);
    set(DailySeries.ON_ORDER, day, onOrder);
    for (DailySeries s : CUMULATIVE) {
      set(s, day, soFar[s.ordinal()]);
    }
  }

  float[][] series() {
    return series;
  }

  private void set(DailySeries s, int day, long value) {
    series[s.ordinal()][day] = value;
  }
}
