package backorder.scenario;

import java.util.Set;

/**
 * A cause of backorders (SPEC §1 {@code disruptions}), scheduled at {@code start_day} or recurring at
 * random with exponential gaps.
 */
public sealed interface Disruption {

  /** When it happens: a fixed start day, or a mean gap between random starts. */
  record Timing(double startDay, double meanDaysBetween) {
    public static Timing at(double day) {
      return new Timing(day, Double.NaN);
    }

    public static Timing recurring(double meanGap) {
      return new Timing(Double.NaN, meanGap);
    }

    public boolean isRecurring() {
      return !Double.isNaN(meanDaysBetween);
    }
  }

  Timing timing();

  Dist durationDays();

  /** Short label for charts and reports. */
  String label();

  /**
   * Demand rate multiplier on the named products.
   *
   * @param skus null = every product
   * @param halfLifeDays NaN = step spike
   */
  record DemandSpike(Set<String> skus, Timing timing, Dist durationDays, double multiplier,
      double halfLifeDays) implements Disruption {
    @Override
    public String label() {
      return "demand spike x" + multiplier;
    }
  }

  /** Extra production days for orders placed while active; capacity multiplied by the factor. */
  record SupplierDelay(String supplier, Timing timing, Dist durationDays, double extraDays,
      double capacityFactor) implements Disruption {
    @Override
    public String label() {
      return "supplier delay (" + supplier + ")";
    }
  }

  /**
   * Shipments due while active arrive when it ends plus {@code extraDays}.
   *
   * @param suppliers null = every supplier
   */
  record TransitDisruption(Set<String> suppliers, Timing timing, Dist durationDays,
      double extraDays, double probability) implements Disruption {
    @Override
    public String label() {
      return "transit closure";
    }
  }
}
