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

  /** Every summed field, counts first, as the recorder names them. */
  private static final int[] COUNTS = {LedgerTable.ORDERS, LedgerTable.UNITS_DEMANDED,
      LedgerTable.FILLED_AT_ARRIVAL, LedgerTable.BACKORDERS, LedgerTable.BACKORDERED_UNITS,
      LedgerTable.LOST_SALES, LedgerTable.CANCELLATIONS, LedgerTable.LOST_CUSTOMERS,
      LedgerTable.COMPLAINTS, LedgerTable.PURCHASE_ORDERS, LedgerTable.UNITS_ORDERED,
      LedgerTable.CROSSED, LedgerTable.WAITS, LedgerTable.SUBSTITUTIONS,
      LedgerTable.SUBSTITUTED_UNITS};
  private static final int[] AMOUNTS = {LedgerTable.WAIT_DAYS, LedgerTable.REVENUE,
      LedgerTable.PURCHASE_COST, LedgerTable.ORDERING_COST, LedgerTable.PREPAID_REVENUE,
      LedgerTable.BACKLOG_AREA, LedgerTable.ON_HAND_AREA, LedgerTable.SUBSTITUTION_REVENUE};

  @Test
  void foldIntoTotal_addsEveryCountAndAmountOfEveryProduct() {
    LedgerTable ledgers = new LedgerTable(new double[] {2, 3}, 0, 1, false);
    for (int p = 0; p < 2; p++) {
      for (int field : COUNTS) {
        ledgers.addCount(p, field, 100 + field + 1000 * p);
      }
      for (int field : AMOUNTS) {
        ledgers.addAmount(p, field, 0.5 + field + 1000 * p);
      }
    }
    ledgers.foldIntoTotal();
    int total = ledgers.total();
    long substitutions = 2 * (100 + LedgerTable.SUBSTITUTIONS) + 1000;
    long substitutedUnits = 2 * (100 + LedgerTable.SUBSTITUTED_UNITS) + 1000;
    for (int field : COUNTS) {
      long sum = 2 * (100 + field) + 1000;
      if (field == LedgerTable.ORDERS || field == LedgerTable.FILLED_AT_ARRIVAL) {
        sum -= substitutions; // a moved order is one customer order of the total
      } else if (field == LedgerTable.UNITS_DEMANDED) {
        sum -= substitutedUnits;
      }
      assertEquals(sum, ledgers.count(total, field), "count " + field);
    }
    for (int field : AMOUNTS) {
      assertEquals(2 * (0.5 + field) + 1000, ledgers.amount(total, field), "amount " + field);
    }
    assertEquals(3, ledgers.price(1));
  }
}
