package backorder.policy;

/**
 * Daily demand forecasts per product from the units customers ordered each day (backorders
 * included: the demand signal a backorder gives). Starts from the planned mean; a moving average
 * counts the days it has not seen yet at that mean until its window has filled.
 */
final class DemandForecast {

  private final Forecast settings;
  private final double[] level;
  private final double[] trend;
  private final double[][] window; // moving average: last window_days observations, ring per product
  private final int[] seen;
  private final double[] windowSum;
  private final double[] prior;

  DemandForecast(Forecast settings, PlanningInputs in) {
    this.settings = settings;
    int n = in.productCount();
    level = new double[n];
    trend = new double[n];
    seen = new int[n];
    windowSum = new double[n];
    prior = new double[n];
    for (int p = 0; p < n; p++) {
      level[p] = in.meanDailyUnits(p);
      prior[p] = level[p];
    }
    window = settings.method() == Forecast.Method.MOVING_AVERAGE
        ? new double[n][Math.max(1, settings.windowDays())] : null;
  }

  void observe(int p, double units) {
    switch (settings.method()) {
      case MOVING_AVERAGE -> {
        double[] ring = window[p];
        int slot = seen[p] % ring.length;
        windowSum[p] += units - (seen[p] >= ring.length ? ring[slot] : 0);
        ring[slot] = units;
        // until the window has filled, the days not yet seen count at the planned mean: one odd
        // first day must not become the whole forecast
        int days = Math.min(seen[p] + 1, ring.length);
        level[p] = (windowSum[p] + prior[p] * (ring.length - days)) / ring.length;
      }
      case EXPONENTIAL_SMOOTHING -> level[p] += settings.alpha() * (units - level[p]);
      case HOLT -> {
        double previous = level[p];
        level[p] = settings.alpha() * units + (1 - settings.alpha()) * (previous + trend[p]);
        trend[p] = settings.beta() * (level[p] - previous) + (1 - settings.beta()) * trend[p];
      }
    }
    seen[p]++;
  }

  /** Forecast units demanded over the next {@code days} days (Holt: the trend included, never below 0 per day). */
  double unitsOver(int p, double days) {
    if (settings.method() != Forecast.Method.HOLT || trend[p] == 0) {
      return Math.max(0, level[p]) * days;
    }
    // sum over the days of max(0, level + trend * h), h = 1..days, in closed form where positive
    double total = 0;
    int whole = (int) Math.ceil(days);
    for (int h = 1; h <= whole; h++) {
      double weight = Math.min(1, days - (h - 1));
      total += weight * Math.max(0, level[p] + trend[p] * h);
    }
    return total;
  }
}
