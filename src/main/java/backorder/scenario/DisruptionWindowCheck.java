package backorder.scenario;

import java.util.List;

/**
 * Refuses a one-off disruption that can do nothing inside the measured window [warmup_days,
 * horizon_days): one starting on or after the horizon, or one whose last possible effect comes
 * on or before the end of the warm-up. Recurring disruptions always pass: their exponential gaps
 * can put an occurrence anywhere in the run.
 */
public final class DisruptionWindowCheck {

  private final double horizon;
  private final double warmup;
  private final List<Supplier> suppliers;
  private final Problems problems;

  /** A check against the run's window; {@code horizon} NaN (itself invalid) skips it. */
  DisruptionWindowCheck(double horizon, double warmup, List<Supplier> suppliers,
      Problems problems) {
    this.horizon = horizon;
    this.warmup = warmup;
    this.suppliers = suppliers;
    this.problems = problems;
  }

  /** Reports the disruption read from {@code m} at its start_day when it falls outside the window. */
  void check(Disruption d, MappingReader m) {
    if (d.timing().isRecurring() || Double.isNaN(horizon) || !m.has("start_day")) {
      return;
    }
    double start = d.timing().startDay();
    if (start >= horizon) {
      problems.add(m.get("start_day").where(), m.pathOf("start_day"), "starts on day "
          + Check.format(start) + ", on or after horizon_days (" + Check.format(horizon)
          + "): it would never act; start it earlier or lengthen the horizon");
      return;
    }
    double reach = lastEffect(d, suppliers);
    if (warmup > 0 && reach <= warmup) {
      problems.add(m.get("start_day").where(), m.pathOf("start_day"), "acts only until day "
          + Check.format(reach) + " (" + reachWords(d) + "), on or before warmup_days ("
          + Check.format(warmup) + "): nothing it does falls in the measured window; start it"
          + " later or shorten the warm-up");
    }
  }

  /**
   * The last day a one-off disruption can change anything: a spike's end (its longest duration);
   * a closure's end plus extra_days, when the shipments it held arrive; a supplier delay's end
   * plus extra_days plus the supplier's longest lead time, when the last order placed during it
   * arrives (+∞ when a capacity cut leaves a production queue behind, or a draw is unbounded).
   */
  public static double lastEffect(Disruption d, List<Supplier> suppliers) {
    double end = d.timing().startDay() + d.durationDays().max();
    if (d instanceof Disruption.TransitDisruption t) {
      return end + t.extraDays();
    }
    if (d instanceof Disruption.SupplierDelay s) {
      Supplier supplier = suppliers.stream().filter(x -> x.name().equals(s.supplier()))
          .findFirst().orElse(null);
      boolean queueLeft = s.capacityFactor() < 1 && supplier != null
          && supplier.capacityUnitsPerDay() < Double.POSITIVE_INFINITY;
      return supplier == null || queueLeft ? Double.POSITIVE_INFINITY
          : end + s.extraDays() + supplier.longestLeadTime();
    }
    return end;
  }

  private static String reachWords(Disruption d) {
    if (d instanceof Disruption.TransitDisruption) {
      return "start_day + the longest duration_days + extra_days, when the shipments it holds arrive";
    }
    if (d instanceof Disruption.SupplierDelay) {
      return "start_day + the longest duration_days + extra_days + the supplier's longest lead time,"
          + " when the last order placed during it arrives";
    }
    return "start_day + the longest duration_days";
  }
}
