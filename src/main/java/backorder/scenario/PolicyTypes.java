package backorder.scenario;

import java.util.ArrayList;
import java.util.List;

/** The registry of policy types: the one place a type name is listed. */
final class PolicyTypes {

  /** In documentation order. */
  private static final List<PolicyType> ALL = List.of(
      new ReorderPointType(),
      new MultiSupplierType(),
      new PurchasingPlanType());

  /** Keys every policy accepts, whatever its type. */
  static final List<String> COMMON_KEYS =
      List.of("name", "type", "review_period_days", "notify_customers", "offer_substitutes");

  private PolicyTypes() {}

  static List<String> names() {
    return ALL.stream().map(PolicyType::name).toList();
  }

  /** The type of that name; the name must be one of {@link #names()}. */
  static PolicyType named(String name) {
    for (PolicyType t : ALL) {
      if (t.name().equals(name)) {
        return t;
      }
    }
    throw new IllegalArgumentException("unregistered policy type '" + name + "'");
  }

  /** Keys a policy of that type accepts (null type: any type's), for "expected one of" lists. */
  static List<String> keysOf(String type) {
    List<String> keys = new ArrayList<>(COMMON_KEYS.subList(0, 2));
    for (PolicyType t : type == null ? ALL : List.of(named(type))) {
      t.keys().stream().filter(k -> !keys.contains(k)).forEach(keys::add);
    }
    keys.addAll(COMMON_KEYS.subList(2, COMMON_KEYS.size()));
    return keys;
  }
}
