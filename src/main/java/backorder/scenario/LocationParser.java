package backorder.scenario;

import backorder.scenario.YamlNode.Sequence;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the optional {@code locations} list (SPEC §7): unique names, exactly one warehouse (no
 * {@code replenished_from}) and stores replenished from it, each with its transit time and demand
 * share, the shares summing to 1. Two echelons only: a store is never replenished from a store.
 */
final class LocationParser {

  static final List<String> KEYS = List.of("name", "replenished_from", "transit_days",
      "demand_share");
  static final double SHARE_TOLERANCE = 1e-9;

  private final Problems problems;

  LocationParser(Problems problems) {
    this.problems = problems;
  }

  /** The locations, or null when something is wrong (reported). */
  List<Location> parse(YamlNode node, String path) {
    Sequence list = Values.list(node, path, problems);
    if (list == null) {
      return null;
    }
    int before = problems.size();
    List<Location> locations = new ArrayList<>();
    Map<String, MappingReader> readers = new LinkedHashMap<>();
    Map<String, Integer> firstLine = new HashMap<>();
    Set<String> unread = new HashSet<>();
    for (int i = 0; i < list.items().size(); i++) {
      MappingReader m = MappingReader.open(list.items().get(i), Values.index(path, i), problems,
          KEYS);
      Location l = m == null ? null : location(m);
      if (l == null) {
        if (m != null && m.get("name") instanceof YamlNode.Scalar s
            && s.kind() != YamlNode.Kind.NULL) {
          unread.add(s.text()); // its own problems are said; a store naming it is not "unknown"
        }
        continue;
      }
      Integer first = firstLine.putIfAbsent(l.name(), m.get("name").where().line());
      if (first != null) {
        problems.add(m.get("name").where(), m.pathOf("name"),
            "duplicate location name '" + l.name() + "' (first at line " + first + ")");
        continue;
      }
      locations.add(l);
      readers.put(l.name(), m);
    }
    checkShape(list, path, locations, readers, unread, problems.size() == before);
    return problems.size() == before ? locations : null;
  }

  private Location location(MappingReader m) {
    String name = m.requiredName("name");
    String from = m.text("replenished_from");
    if (!m.has("replenished_from")) {
      for (String key : List.of("transit_days", "demand_share")) {
        if (m.has(key)) {
          problems.add(m.keyWhere(key), m.pathOf(key), "the warehouse (no replenished_from) has"
              + " no " + key + ": its suppliers stock it and customers order at the stores");
        }
      }
      return name == null ? null : new Location(name, null, null, null, Double.NaN);
    }
    Dist transit = null;
    if (!m.has("transit_days")) {
      m.missing("transit_days", "required for a store (replenished_from " + from + ")");
    } else {
      transit = m.dist("transit_days", DistParser.Use.DURATION);
    }
    Double share = m.requiredNumber("demand_share", Check.above(0).and(Check.atMost(1)));
    if (name == null || from == null || transit == null || share == null) {
      return null;
    }
    return new Location(name, from, transit, FlowText.of(m.get("transit_days")), share);
  }

  /** One warehouse, stores replenished from it (no cycles, no store behind a store), shares sum to 1. */
  private void checkShape(Sequence list, String path, List<Location> locations,
      Map<String, MappingReader> readers, Set<String> unread, boolean everyLocationRead) {
    Location warehouse = null;
    double shares = 0;
    for (Location l : locations) {
      MappingReader m = readers.get(l.name());
      if (l.isWarehouse()) {
        if (warehouse != null) {
          problems.add(m.get("name").where(), m.pathOf("name"), "a second warehouse '" + l.name()
              + "' (the first is '" + warehouse.name() + "'): exactly one location has no"
              + " replenished_from; stores name it in replenished_from");
        } else {
          warehouse = l;
        }
        continue;
      }
      shares += l.demandShare();
      checkSource(l, m, readers, unread);
    }
    if (warehouse == null && !locations.isEmpty()) {
      problems.add(list.where(), path, "no warehouse: exactly one location must have no"
          + " replenished_from (the one the suppliers stock)");
    }
    if (locations.isEmpty() && problems.isEmpty()) {
      problems.add(list.where(), path, "must list a warehouse and at least one store");
    } else if (warehouse != null && locations.size() == 1) {
      problems.add(list.where(), path, "must list at least one store (replenished_from: "
          + warehouse.name() + ") besides the warehouse");
    }
    if (everyLocationRead && locations.size() > 1 && Math.abs(shares - 1) > SHARE_TOLERANCE) {
      String sum = new BigDecimal(shares).round(new MathContext(12)).stripTrailingZeros()
          .toPlainString();
      problems.add(list.where(), path, "the stores' demand_share must sum to 1 (within 1e-9),"
          + " got " + sum);
    }
  }

  /**
   * The store's replenished_from must be a known location, not part of a cycle, and the warehouse;
   * a location in {@code unread} (written, but with problems of its own) is not checked further.
   */
  private void checkSource(Location store, MappingReader m, Map<String, MappingReader> readers,
      Set<String> unread) {
    String from = store.replenishedFrom();
    YamlNode at = m.get("replenished_from");
    if (!readers.containsKey(from)) {
      if (!unread.contains(from)) {
        problems.add(at.where(), m.pathOf("replenished_from"),
            MappingReader.unknownName("location", from, List.copyOf(readers.keySet())));
      }
      return;
    }
    List<String> chain = new ArrayList<>(List.of(store.name()));
    String next = from;
    while (next != null && readers.containsKey(next) && !chain.contains(next)) {
      chain.add(next);
      YamlNode up = readers.get(next).get("replenished_from");
      next = up instanceof YamlNode.Scalar s && s.kind() != YamlNode.Kind.NULL ? s.text() : null;
    }
    if (next != null && chain.contains(next)) {
      chain.add(next);
      problems.add(at.where(), m.pathOf("replenished_from"),
          "a cycle: " + String.join(" -> ", chain.subList(chain.indexOf(next), chain.size())));
    } else if (readers.get(from).has("replenished_from")) {
      problems.add(at.where(), m.pathOf("replenished_from"), "'" + from + "' is a store: two"
          + " echelons only: stores are replenished from the warehouse");
    }
  }
}
