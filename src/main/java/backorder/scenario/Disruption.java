package backorder.scenario;

import java.util.List;
import java.util.Set;

/**
 * A cause of backorders (SPEC §1 {@code disruptions}), scheduled at {@code start_day} or recurring at
 * random with exponential gaps. Each kind is one record here and one entry in
 * {@link DisruptionKinds}.
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

  /** The {@code type:} name of its kind. */
  String kind();

  /** The {@code id:} given in the scenario, or null (see {@link DisruptionIds}). */
  String id();

  Timing timing();

  Dist durationDays();

  /** Short label for charts and reports. */
  String label();

  /** Whether it acts on the product {@code sku}, stocked from {@code suppliers} of the scenario. */
  boolean affects(String sku, List<Supplier> suppliers);

  /**
   * Demand rate multiplier on the named products.
   *
   * @param skus null = every product
   * @param halfLifeDays NaN = step spike
   */
  record DemandSpike(Set<String> skus, Timing timing, Dist durationDays, double multiplier,
      double halfLifeDays, String id) implements Disruption {

    public DemandSpike(Set<String> skus, Timing timing, Dist durationDays, double multiplier,
        double halfLifeDays) {
      this(skus, timing, durationDays, multiplier, halfLifeDays, null);
    }

    @Override
    public String kind() {
      return "demand_spike";
    }

    @Override
    public String label() {
      return "demand spike x" + multiplier;
    }

    @Override
    public boolean affects(String sku, List<Supplier> suppliers) {
      return skus == null || skus.contains(sku);
    }
  }

  /** Extra production days for orders placed while active; capacity multiplied by the factor. */
  record SupplierDelay(String supplier, Timing timing, Dist durationDays, double extraDays,
      double capacityFactor, String id) implements Disruption {

    public SupplierDelay(String supplier, Timing timing, Dist durationDays, double extraDays,
        double capacityFactor) {
      this(supplier, timing, durationDays, extraDays, capacityFactor, null);
    }

    @Override
    public String kind() {
      return "supplier_delay";
    }

    @Override
    public String label() {
      return "supplier delay (" + supplier + ")";
    }

    @Override
    public boolean affects(String sku, List<Supplier> all) {
      return all.stream().anyMatch(s -> s.name().equals(supplier) && s.supplies(sku));
    }
  }

  /**
   * Shipments due while active arrive when it ends plus {@code extraDays}.
   *
   * @param suppliers null = every supplier (supplier → warehouse shipments in a network)
   * @param locations stores whose shipments from the warehouse it holds (SPEC §7); null = none
   */
  record TransitDisruption(Set<String> suppliers, Timing timing, Dist durationDays,
      double extraDays, double probability, String id, Set<String> locations)
      implements Disruption {

    public TransitDisruption(Set<String> suppliers, Timing timing, Dist durationDays,
        double extraDays, double probability) {
      this(suppliers, timing, durationDays, extraDays, probability, null, null);
    }

    public TransitDisruption(Set<String> suppliers, Timing timing, Dist durationDays,
        double extraDays, double probability, String id) {
      this(suppliers, timing, durationDays, extraDays, probability, id, null);
    }

    /** Whether warehouse → store shipments to the store {@code name} can be held. */
    public boolean holdsShipmentsTo(String name) {
      return locations != null && locations.contains(name);
    }

    @Override
    public String kind() {
      return "transit_disruption";
    }

    @Override
    public String label() {
      return "transit closure";
    }

    /** Whether shipments from the supplier {@code name} can be held. */
    public boolean holds(String name) {
      return suppliers == null || suppliers.contains(name);
    }

    @Override
    public boolean affects(String sku, List<Supplier> all) {
      return locations != null && !locations.isEmpty()
          || all.stream().anyMatch(s -> holds(s.name()) && s.supplies(sku));
    }
  }
}
