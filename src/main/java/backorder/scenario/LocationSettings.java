package backorder.scenario;

import backorder.policy.PolicySpec;
import backorder.scenario.YamlNode.Entry;
import backorder.scenario.YamlNode.Mapping;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A policy's {@code at: {location: {key: value}}} (SPEC §7): its own keys are the defaults at every
 * location, {@code at} overrides any of them per location (setting {@code reorder_point} replaces a
 * default {@code safety_stock} and the other way round, likewise {@code order_quantity} and
 * {@code order_up_to}), and each location's merged keys are read through the policy's type like
 * any policy's, so a key the type lacks is an error.
 */
final class LocationSettings {

  static final String KEY = "at";

  /**
   * Keys that are alternatives to each other (SPEC §1's reorder rule): a location that sets one
   * of them replaces the policy's default, whichever of the group the default used.
   */
  static final List<List<String>> ALTERNATIVES = List.of(
      List.of("reorder_point", "safety_stock"), List.of("order_quantity", "order_up_to"));

  private final Problems problems;
  private final List<Location> locations;
  private final List<String> typeKeys;

  LocationSettings(Problems problems, List<Location> locations, String typeName) {
    this.problems = problems;
    this.locations = locations;
    List<String> keys = new ArrayList<>(PolicyTypes.keysOf(typeName));
    keys.removeAll(List.of("name", "type"));
    this.typeKeys = List.copyOf(keys);
  }

  /** One spec per location in location order, each read by {@code parse}; null on a problem. */
  List<PolicySpec> specs(MappingReader policy, Function<MappingReader, PolicySpec> parse) {
    Map<String, Mapping> overrides = overrides(policy);
    if (overrides == null) {
      return null;
    }
    List<PolicySpec> specs = new ArrayList<>();
    for (Location l : locations) {
      Map<String, Entry> merged = new LinkedHashMap<>(policy.mapping.entries());
      merged.remove(KEY);
      Map<String, String> overridePaths = new LinkedHashMap<>();
      Mapping own = overrides.get(l.name());
      if (own != null) {
        for (List<String> group : ALTERNATIVES) {
          if (group.stream().anyMatch(own::has)) {
            group.forEach(merged::remove);
          }
        }
        merged.putAll(own.entries());
        // a problem in an overridden key is named where it was written: policies[i].at.LOC.key
        String locationPath = policy.pathOf(KEY) + "." + l.name();
        own.entries().keySet().forEach(k -> overridePaths.put(k, locationPath + "." + k));
      }
      MappingReader reader = MappingReader.merged(new Mapping(merged, policy.where()), policy.path,
          overridePaths, problems);
      PolicySpec spec = parse.apply(reader);
      if (spec == null) {
        return null;
      }
      specs.add(spec);
    }
    return specs;
  }

  /** The {@code at} mapping by location name (empty without {@code at}); null on a problem. */
  private Map<String, Mapping> overrides(MappingReader policy) {
    Map<String, Mapping> byLocation = new LinkedHashMap<>();
    if (!policy.has(KEY)) {
      return byLocation;
    }
    MappingReader at = MappingReader.open(policy.get(KEY), policy.pathOf(KEY), problems, null);
    if (at == null) {
      return null;
    }
    List<String> names = locations.stream().map(Location::name).toList();
    boolean ok = true;
    for (Entry e : at.mapping.entries().values()) {
      if (!names.contains(e.key())) {
        problems.add(e.keyWhere(), at.pathOf(e.key()),
            MappingReader.unknownName("location", e.key(), names));
        ok = false;
        continue;
      }
      MappingReader own = MappingReader.open(e.value(), at.pathOf(e.key()), problems, null);
      if (own == null) {
        ok = false;
        continue;
      }
      for (Entry k : own.mapping.entries().values()) {
        if (!typeKeys.contains(k.key())) {
          problems.add(k.keyWhere(), own.pathOf(k.key()), "unknown key '" + k.key() + "' for"
              + " this policy's type (expected one of: " + String.join(", ", typeKeys) + ")");
          ok = false;
        }
      }
      byLocation.put(e.key(), own.mapping);
    }
    return ok ? byLocation : null;
  }
}
