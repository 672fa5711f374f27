package backorder.scenario;

import backorder.scenario.DistParser.Use;
import backorder.scenario.YamlNode.Sequence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the {@code suppliers} list: names unique, sku references to known products, and the lead
 * time either whole ({@code lead_time_days}) or as {@code production_days} + {@code transit_days}.
 */
final class SupplierParser {

  static final List<String> KEYS = List.of("name", "skus", "unit_cost", "order_cost",
      "lead_time_days", "production_days", "transit_days", "capacity_units_per_day",
      "min_order_units");

  private final Problems problems;
  private final List<String> skus;

  SupplierParser(Problems problems, List<String> skus) {
    this.problems = problems;
    this.skus = skus;
  }

  /**
   * Every supplier whose name could be read (with fallbacks for wrong values, so that references
   * to it can still be checked); problems are reported as found.
   */
  List<Supplier> parse(YamlNode node, String path) {
    Sequence list = Values.list(node, path, problems);
    if (list == null) {
      return List.of();
    }
    if (list.items().isEmpty()) {
      problems.add(list.where(), path, "must list at least one supplier");
    }
    List<Supplier> suppliers = new ArrayList<>();
    Map<String, Integer> firstLine = new HashMap<>();
    for (int i = 0; i < list.items().size(); i++) {
      MappingReader m = MappingReader.open(list.items().get(i), Values.index(path, i), problems,
          KEYS);
      Supplier s = m == null ? null : supplier(m);
      if (s == null) {
        continue;
      }
      Integer first = firstLine.putIfAbsent(s.name(), m.get("name").where().line());
      if (first != null) {
        problems.add(m.get("name").where(), m.pathOf("name"),
            "duplicate supplier name '" + s.name() + "' (first at line " + first + ")");
      } else {
        suppliers.add(s);
      }
    }
    return suppliers;
  }

  private Supplier supplier(MappingReader m) {
    String name = m.requiredName("name");
    List<String> supplied = m.names("skus", "sku", skus);
    if (supplied != null && supplied.isEmpty() && m.get("skus") instanceof Sequence l
        && l.items().isEmpty()) {
      problems.add(l.where(), m.pathOf("skus"),
          "must list at least one sku (leave skus out to supply every product)");
    }
    double unitCost = m.number("unit_cost", 0, Check.MONEY);
    double orderCost = m.number("order_cost", 0, Check.MONEY);
    Dist lead = null;
    Dist production = null;
    Dist transit = null;
    boolean split = m.has("production_days") || m.has("transit_days");
    if (m.has("lead_time_days") && split) {
      String second = m.has("production_days") ? "production_days" : "transit_days";
      problems.add(m.keyWhere(second), m.pathOf(second),
          "give either lead_time_days or production_days + transit_days, not both");
    } else if (m.has("lead_time_days")) {
      lead = m.dist("lead_time_days", Use.DURATION);
    } else if (split) {
      for (String key : List.of("production_days", "transit_days")) {
        if (!m.has(key)) {
          m.missing(key, "required with " + (key.equals("transit_days") ? "production_days"
              : "transit_days") + " (or give lead_time_days alone)");
        }
      }
      production = m.dist("production_days", Use.DURATION);
      transit = m.dist("transit_days", Use.DURATION);
    } else {
      m.missing("lead_time_days", "required (or production_days and transit_days)");
    }
    if (lead == null && (production == null || transit == null)) {
      lead = Dist.constant(0); // fallback after a reported problem
      production = null;
      transit = null;
    }
    double capacity = m.number("capacity_units_per_day", Double.POSITIVE_INFINITY, Check.above(0));
    long minOrder = m.integer("min_order_units", 0, 0, ProductParser.MAX_UNITS);
    if (name == null) {
      return null;
    }
    return new Supplier(name, supplied == null ? null : Sets.copyOf(supplied), unitCost, orderCost,
        lead, production, transit, capacity, minOrder);
  }
}
