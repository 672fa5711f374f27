package backorder.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Issue 13 item 7: the daily counts behind worst_week_backorders and recovery_days hold more than
 * 2^31 orders a day (a legal day of the total: 10,000 products at 1,000,000 orders a day, or one
 * product's peak under a weekly pattern and a spike), as every other count does.
 */
class LedgerTableTest {

  private static final long BILLIONS = 3_000_000_000L;

  @Test
  void worstWeek_ofDaysWithBillionsOfBackorders_doesNotWrapAround() {
    LedgerTable ledgers = new LedgerTable(new double[] {1}, 0, 10, true);
    for (int day = 0; day < 7; day++) {
      ledgers.addCount(0, LedgerTable.TODAY_BACKORDERS, BILLIONS);
      ledgers.closeDay(day);
    }
    assertEquals(7 * BILLIONS, ledgers.worstWeek(0));
  }

  @Test
  void dailyOrders_ofBillions_keepTheFillRateOfTheRecovery() {
    LedgerTable ledgers = new LedgerTable(new double[] {1}, 0, 30, true);
    for (int day = 0; day < 30; day++) {
      ledgers.addCount(0, LedgerTable.TODAY_ORDERS, BILLIONS);
      // a three-day outage from day 14
      ledgers.addCount(0, LedgerTable.TODAY_FILLED, day >= 14 && day < 17 ? 0 : BILLIONS);
      ledgers.closeDay(day);
    }
    assertEquals(BILLIONS, ledgers.dailyOrders(0)[29]);
    // the trailing 7-day fill rate drops on day 14 and is back within 2 points on day 23
    double days = RecoveryDays.mean(new double[] {14}, ledgers.dailyOrders(0),
        ledgers.dailyFilled(0), 0, 30);
    assertEquals(10, days, 1e-9);
  }
}
