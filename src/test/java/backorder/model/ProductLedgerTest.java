package backorder.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Issue 13 item 7: the daily counts behind worst_week_backorders and recovery_days hold more than
 * 2^31 orders a day (a legal day of the total: 10,000 products at 1,000,000 orders a day, or one
 * product's peak under a weekly pattern and a spike), as every other count does.
 */
class ProductLedgerTest {

  private static final long BILLIONS = 3_000_000_000L;

  @Test
  void worstWeek_ofDaysWithBillionsOfBackorders_doesNotWrapAround() {
    ProductLedger ledger = new ProductLedger(0, 10, true);
    for (int day = 0; day < 7; day++) {
      ledger.todayBackorders = BILLIONS;
      ledger.closeDay(day);
    }
    assertEquals(7 * BILLIONS, ledger.worstWeek);
  }

  @Test
  void dailyOrders_ofBillions_keepTheFillRateOfTheRecovery() {
    ProductLedger ledger = new ProductLedger(0, 30, true);
    for (int day = 0; day < 30; day++) {
      ledger.todayOrders = BILLIONS;
      ledger.todayFilled = day >= 14 && day < 17 ? 0 : BILLIONS; // a three-day outage from day 14
      ledger.closeDay(day);
    }
    assertEquals(BILLIONS, ledger.dailyOrders[29]);
    // the trailing 7-day fill rate drops on day 14 and is back within 2 points on day 23
    double days = RecoveryDays.mean(new double[] {14}, ledger.dailyOrders, ledger.dailyFilled, 0, 30);
    assertEquals(10, days, 1e-9);
  }
}
