package backorder.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The registry of disruption kinds: the one place a kind's name, keys and parser are listed. */
final class DisruptionKinds {

  /** Keys every disruption accepts, whatever its kind. */
  static final List<String> COMMON_KEYS =
      List.of("type", "id", "start_day", "recurrence", "duration_days");

  /** In documentation order. */
  private static final List<DisruptionKind> ALL = List.of(
      new DisruptionKind("demand_spike", List.of("skus", "multiplier", "half_life_days"),
          (m, refs, timing, duration, id) -> {
            List<String> names = m.names("skus", "sku", refs.skus());
            Double multiplier =
                m.requiredNumber("multiplier", Check.above(0).and(Check.atMost(1000)));
            double halfLife = m.number("half_life_days", Double.NaN, Check.above(0).and(Check.DAYS_CEILING));
            return multiplier == null ? null : new Disruption.DemandSpike(
                names == null ? null : Sets.copyOf(names), timing, duration, multiplier, halfLife,
                id);
          }),
      new DisruptionKind("supplier_delay", List.of("supplier", "extra_days", "capacity_factor"),
          (m, refs, timing, duration, id) -> {
            String supplier = refs.supplier(m, "supplier");
            double extra = m.number("extra_days", 0, Check.DAYS);
            double capacity = m.number("capacity_factor", 1.0, Check.PROBABILITY);
            return supplier == null ? null
                : new Disruption.SupplierDelay(supplier, timing, duration, extra, capacity, id);
          }),
      new DisruptionKind("transit_disruption",
          List.of("suppliers", "locations", "extra_days", "probability"),
          (m, refs, timing, duration, id) -> {
            List<String> names = m.names("suppliers", "supplier", refs.suppliers());
            double extra = m.number("extra_days", 0, Check.DAYS);
            double probability = m.number("probability", 1.0, Check.PROBABILITY);
            Set<String> stores = refs.stores(m, "locations");
            // naming stores alone holds their shipments only, not the suppliers'
            Set<String> held = names != null ? Sets.copyOf(names) : stores != null ? Set.of() : null;
            return new Disruption.TransitDisruption(held, timing, duration, extra, probability, id,
                stores);
          }));

  private DisruptionKinds() {}

  static List<String> names() {
    return ALL.stream().map(DisruptionKind::name).toList();
  }

  /** The kind of that name; the name must be one of {@link #names()}. */
  static DisruptionKind named(String name) {
    for (DisruptionKind k : ALL) {
      if (k.name().equals(name)) {
        return k;
      }
    }
    throw new IllegalArgumentException("unregistered disruption kind '" + name + "'");
  }

  /** Keys a disruption of that kind accepts (null: any kind's), for "expected one of" lists. */
  static List<String> keysOf(String kind) {
    List<String> keys = new ArrayList<>(COMMON_KEYS);
    for (DisruptionKind k : kind == null ? ALL : List.of(named(kind))) {
      k.keys().stream().filter(key -> !keys.contains(key)).forEach(keys::add);
    }
    return keys;
  }
}
