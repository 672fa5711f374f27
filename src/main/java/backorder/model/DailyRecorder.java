package backorder.model;

import backorder.model.ProductLedger.Count;

/** The end-of-day series of one replication, all products together ({@link DailySeries}). */
final class DailyRecorder {

  private final float[][] series;

  DailyRecorder(int days) {
    series = new float[DailySeries.COUNT][days];
  }

  /** Records the levels at the end of {@code day} and the counts so far (from warm-up on). */
  void record(int day, long onHand, long backlog, long onOrder, ProductLedger[] ledgers) {
    long backorders = 0;
    long cancellations = 0;
    long lostCustomers = 0;
    long lostSales = 0;
    long substitutions = 0;
    for (ProductLedger l : ledgers) {
      backorders += l.counts[Count.BACKORDERS];
      cancellations += l.counts[Count.CANCELLATIONS];
      lostCustomers += l.counts[Count.LOST_CUSTOMERS];
      lostSales += l.counts[Count.LOST_SALES];
      substitutions += l.counts[Count.SUBSTITUTIONS];
    }
    set(DailySeries.ON_HAND, day, onHand);
    set(DailySeries.BACKLOG_UNITS, day, backlog);
    set(DailySeries.ON_ORDER, day, onOrder);
    set(DailySeries.BACKORDERS_CUM, day, backorders);
    set(DailySeries.CANCELLATIONS_CUM, day, cancellations);
    set(DailySeries.LOST_CUSTOMERS_CUM, day, lostCustomers);
    set(DailySeries.LOST_SALES_CUM, day, lostSales);
    set(DailySeries.SUBSTITUTIONS_CUM, day, substitutions);
  }

  float[][] series() {
    return series;
  }

  private void set(DailySeries s, int day, long value) {
    series[s.ordinal()][day] = value;
  }
}
