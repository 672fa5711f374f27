package backorder.scenario;

import backorder.policy.PolicySpec;
import java.util.List;
import java.util.Map;

/**
 * A two-echelon distribution network (SPEC §7): one warehouse and the stores it replenishes, and
 * every policy's settings per location (its own keys overridden by {@code at}).
 *
 * @param locations in scenario order
 * @param policiesAt per policy name, one spec per location in the order of {@code locations}
 */
public record Network(List<Location> locations, Map<String, List<PolicySpec>> policiesAt) {

  public Network {
    locations = List.copyOf(locations);
    policiesAt = Map.copyOf(policiesAt);
  }

  /** Index of the warehouse in {@link #locations()}. */
  public int warehouse() {
    for (int i = 0; i < locations.size(); i++) {
      if (locations.get(i).isWarehouse()) {
        return i;
      }
    }
    throw new IllegalStateException("a network without a warehouse");
  }

  /** Index of the location of that name, or -1. */
  public int indexOf(String name) {
    for (int i = 0; i < locations.size(); i++) {
      if (locations.get(i).name().equals(name)) {
        return i;
      }
    }
    return -1;
  }

  /** The policy's settings at every location, in location order. */
  public List<PolicySpec> specsOf(String policy) {
    List<PolicySpec> specs = policiesAt.get(policy);
    if (specs == null) {
      throw new IllegalArgumentException("no policy '" + policy + "' in the network");
    }
    return specs;
  }
}
