package backorder.model;

import static backorder.model.LedgerTable.BACKORDERS;
import static backorder.model.LedgerTable.CANCELLATIONS;
import static backorder.model.LedgerTable.LOST_CUSTOMERS;
import static backorder.model.LedgerTable.LOST_SALES;
import static backorder.model.LedgerTable.SUBSTITUTIONS;

/** The end-of-day series of one replication, all products together ({@link DailySeries}). */
final class DailyRecorder {

  private final float[][] series;

  DailyRecorder(int days) {
    series = new float[DailySeries.COUNT][days];
  }

  /** Records the levels at the end of {@code day} and the counts so far (from warm-up on). */
  void record(int day, long onHand, long backlog, long onOrder, LedgerTable ledgers) {
    long backorders = 0;
    long cancellations = 0;
    long lostCustomers = 0;
    long lostSales = 0;
    long substitutions = 0;
    for (int p = 0; p < ledgers.total(); p++) {
      backorders += ledgers.count(p, BACKORDERS);
      cancellations += ledgers.count(p, CANCELLATIONS);
      lostCustomers += ledgers.count(p, LOST_CUSTOMERS);
      lostSales += ledgers.count(p, LOST_SALES);
      substitutions += ledgers.count(p, SUBSTITUTIONS);
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
