package backorder.scenario;

import backorder.policy.Forecast;
import backorder.policy.PolicySettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code type: purchasing_plan} — forecast daily sales, project the sell-out date, order early
 * enough to cover production and shipping.
 */
final class PurchasingPlanType implements PolicyType {

  /** Forecast method to its own keys (beyond {@code method}). */
  static final Map<String, List<String>> FORECAST_KEYS = Map.of(
      "moving_average", List.of("window_days"),
      "exponential_smoothing", List.of("alpha"),
      "holt", List.of("alpha", "beta"));

  static final List<String> FORECAST_METHODS =
      List.of("moving_average", "exponential_smoothing", "holt");

  @Override
  public String name() {
    return "purchasing_plan";
  }

  @Override
  public List<String> keys() {
    return List.of("supplier", "forecast", "buffer_days", "order_cover_days");
  }

  @Override
  public PolicySettings parse(MappingReader m, PolicyReferences refs) {
    String supplier = refs.supplier(m, "supplier");
    Forecast forecast = null;
    if (!m.has("forecast")) {
      m.missing("forecast", "required (e.g. {method: moving_average, window_days: 28})");
    } else {
      forecast = forecast(m);
    }
    double buffer = m.number("buffer_days", 0, Check.DAYS);
    Double cover = m.requiredNumber("order_cover_days", Check.above(0).and(Check.DAYS_CEILING));
    return supplier == null || forecast == null || cover == null ? null
        : new PolicySettings.PurchasingPlan(supplier, forecast, buffer, cover);
  }

  private static Forecast forecast(MappingReader policy) {
    MappingReader m = MappingReader.open(policy.get("forecast"), policy.pathOf("forecast"),
        policy.problems, null);
    if (m == null) {
      return null;
    }
    String method = m.requiredOneOf("method", "forecast method", FORECAST_METHODS);
    if (method == null) {
      return null;
    }
    List<String> keys = new ArrayList<>(List.of("method"));
    keys.addAll(FORECAST_KEYS.get(method));
    m.rejectUnknownKeys(keys);
    long window = m.integer("window_days", 28, 1, 100_000);
    double alpha = m.number("alpha", 0.2, Check.SMOOTHING);
    double beta = m.number("beta", 0.1, Check.SMOOTHING);
    return new Forecast(Forecast.Method.valueOf(method.toUpperCase(Locale.ROOT)), (int) window,
        alpha, beta);
  }
}
