package backorder.policy;

/** Settings of a daily demand forecast: the method and its smoothing parameters. */
public record Forecast(Method method, int windowDays, double alpha, double beta) {

  public enum Method {
    MOVING_AVERAGE, EXPONENTIAL_SMOOTHING, HOLT
  }
}
