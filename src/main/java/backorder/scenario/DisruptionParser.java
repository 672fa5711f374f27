package backorder.scenario;

import backorder.scenario.Disruption.Timing;
import backorder.scenario.YamlNode.Sequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the {@code disruptions} list: per type its own keys, a timing (a {@code start_day} or a
 * {@code recurrence}), a duration, and references to known products and suppliers.
 */
final class DisruptionParser {

  static final List<String> TYPES = List.of("demand_spike", "supplier_delay", "transit_disruption");

  private static final List<String> COMMON_KEYS =
      List.of("type", "start_day", "recurrence", "duration_days");

  private static final Map<String, List<String>> TYPE_KEYS = Map.of(
      "demand_spike", List.of("skus", "multiplier", "half_life_days"),
      "supplier_delay", List.of("supplier", "extra_days", "capacity_factor"),
      "transit_disruption", List.of("suppliers", "extra_days", "probability"));

  private final Problems problems;
  private final List<String> skus;
  private final List<String> suppliers;

  DisruptionParser(Problems problems, List<String> skus, List<String> suppliers) {
    this.problems = problems;
    this.skus = skus;
    this.suppliers = suppliers;
  }

  List<Disruption> parse(YamlNode node, String path) {
    Sequence list = Values.list(node, path, problems);
    if (list == null) {
      return List.of();
    }
    List<Disruption> disruptions = new ArrayList<>();
    for (int i = 0; i < list.items().size(); i++) {
      MappingReader m = MappingReader.open(list.items().get(i), Values.index(path, i), problems,
          null);
      Disruption d = m == null ? null : disruption(m);
      if (d != null) {
        disruptions.add(d);
      }
    }
    return disruptions;
  }

  private Disruption disruption(MappingReader m) {
    String type = m.requiredOneOf("type", "disruption type", TYPES);
    if (type == null) {
      if (!m.has("type")) {
        List<String> any = new ArrayList<>(COMMON_KEYS);
        TYPES.forEach(t -> TYPE_KEYS.get(t).stream().filter(k -> !any.contains(k)).forEach(any::add));
        m.rejectUnknownKeys(any);
      }
      return null;
    }
    List<String> keys = new ArrayList<>(COMMON_KEYS);
    keys.addAll(TYPE_KEYS.get(type));
    m.rejectUnknownKeys(keys);
    Timing timing = timing(m);
    Dist duration = m.has("duration_days") ? m.dist("duration_days", DistParser.Use.DURATION)
        : null;
    if (!m.has("duration_days")) {
      m.missing("duration_days");
    }
    Disruption d = switch (type) {
      case "demand_spike" -> {
        List<String> names = m.names("skus", "sku", skus);
        Double multiplier = m.requiredNumber("multiplier", Check.above(0).and(Check.atMost(1000)));
        double halfLife = m.number("half_life_days", Double.NaN, Check.above(0));
        yield multiplier == null ? null : new Disruption.DemandSpike(
            names == null ? null : Sets.copyOf(names), timing, duration, multiplier, halfLife);
      }
      case "supplier_delay" -> {
        String supplier = supplier(m);
        double extra = m.number("extra_days", 0, Check.atLeast(0));
        double capacity = m.number("capacity_factor", 1.0, Check.PROBABILITY);
        yield supplier == null ? null
            : new Disruption.SupplierDelay(supplier, timing, duration, extra, capacity);
      }
      default -> {
        List<String> names = m.names("suppliers", "supplier", suppliers);
        double extra = m.number("extra_days", 0, Check.atLeast(0));
        double probability = m.number("probability", 1.0, Check.PROBABILITY);
        yield new Disruption.TransitDisruption(names == null ? null : Sets.copyOf(names), timing,
            duration, extra, probability);
      }
    };
    return timing == null || duration == null ? null : d;
  }

  private String supplier(MappingReader m) {
    String name = m.requiredText("supplier");
    if (name != null && !suppliers.contains(name)) {
      problems.add(m.get("supplier").where(), m.pathOf("supplier"),
          MappingReader.unknownName("supplier", name, suppliers));
      return null;
    }
    return name;
  }

  private Timing timing(MappingReader m) {
    if (m.has("start_day") && m.has("recurrence")) {
      problems.add(m.keyWhere("recurrence"), m.pathOf("recurrence"),
          "give either start_day or recurrence, not both");
      return null;
    }
    if (m.has("start_day")) {
      Double day = m.number("start_day", Check.atLeast(0));
      return day == null ? null : Timing.at(day);
    }
    if (!m.has("recurrence")) {
      m.missing("start_day", "required (or recurrence: {mean_days_between: ...})");
      return null;
    }
    MappingReader r = MappingReader.open(m.get("recurrence"), m.pathOf("recurrence"), problems,
        List.of("mean_days_between"));
    // at least a hundredth of a day: smaller gaps would realise millions of windows per replication
    Double gap = r == null ? null : r.requiredNumber("mean_days_between", Check.atLeast(0.01));
    return gap == null ? null : Timing.recurring(gap);
  }
}
