package backorder.model;

/**
 * Days from a disruption's start until service recovers: the trailing 7-day fill rate first drops
 * more than 2 points below its level over the 14 days before the start, and then comes back within
 * 2 points. A disruption that never pulls the fill rate down counts 0 days; one it never recovers
 * from counts until the horizon. Only disruptions starting inside [warm-up, horizon) with orders in
 * the 14 days before them count; the mean over them, NaN when none.
 */
final class RecoveryDays {

  private static final double TOLERANCE = 0.02;

  private RecoveryDays() {}

  static double mean(double[] starts, long[] orders, long[] filled, double warmup, double horizon) {
    double sum = 0;
    int n = 0;
    for (double start : starts) {
      if (start < warmup || start >= horizon) {
        continue;
      }
      int s = (int) Math.floor(start);
      double baseline = rate(orders, filled, Math.max((int) Math.ceil(warmup), s - 14), s);
      if (Double.isNaN(baseline)) {
        continue;
      }
      double days = 0;
      boolean dropped = false;
      boolean recovered = false;
      for (int d = s; d < orders.length; d++) {
        double trailing = rate(orders, filled, Math.max(s, d - 6), d + 1);
        if (Double.isNaN(trailing)) {
          continue;
        }
        if (!dropped && trailing < baseline - TOLERANCE) {
          dropped = true;
        } else if (dropped && trailing >= baseline - TOLERANCE) {
          days = d + 1 - start;
          recovered = true;
          break;
        }
      }
      if (dropped && !recovered) {
        days = horizon - start;
      }
      sum += days;
      n++;
    }
    return n == 0 ? Double.NaN : sum / n;
  }

  private static double rate(long[] orders, long[] filled, int from, int to) {
    long o = 0;
    long f = 0;
    for (int d = Math.max(0, from); d < Math.min(to, orders.length); d++) {
      o += orders[d];
      f += filled[d];
    }
    return o == 0 ? Double.NaN : (double) f / o;
  }
}
