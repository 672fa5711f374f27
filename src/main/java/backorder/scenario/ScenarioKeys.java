package backorder.scenario;

import backorder.scenario.YamlNode.Mapping;
import backorder.scenario.YamlNode.Scalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The keys a mapping inside a policy, product, supplier or disruption accepts, read from the
 * registries the parsers use, so that a sweep path with a misspelt key can be told the keys that
 * exist there. Null where no fixed list applies (the loader still checks those keys).
 */
final class ScenarioKeys {

  private ScenarioKeys() {}

  /**
   * Keys accepted by {@code mapping}, found at {@code above} (the keys from the entry down to it)
   * inside {@code entry} of {@code section}; null when the mapping's keys are not a fixed list.
   */
  static List<String> at(String section, Mapping entry, List<String> above, Mapping mapping) {
    if (mapping != null && mapping.get("dist") instanceof Scalar s && DistParser.NAMES.contains(s.text())) {
      List<String> keys = new ArrayList<>(List.of("dist"));
      keys.addAll(DistParser.parameters(Dist.Kind.valueOf(s.text().toUpperCase(Locale.ROOT))));
      return keys;
    }
    if (above.isEmpty()) {
      return entryKeys(section, entry);
    }
    if (above.size() > 1) {
      return null;
    }
    String key = above.get(0);
    return switch (section + "." + key) {
      case "products.demand" -> DemandParser.KEYS;
      case "products.customers" -> ProductParser.CUSTOMER_KEYS;
      case "policies.safety_stock" -> ReorderRuleParser.SAFETY_STOCK_KEYS;
      case "policies.order_quantity" -> List.of("days_of_cover");
      case "policies.forecast" -> forecastKeys(mapping);
      case "disruptions.recurrence" -> List.of("mean_days_between");
      default -> null;
    };
  }

  /** The keys of the entry itself: its type's keys for a policy or disruption of a known type. */
  static List<String> entryKeys(String section, Mapping entry) {
    String type = entry != null && entry.get("type") instanceof Scalar s ? s.text() : null;
    return switch (section) {
      case "policies" -> PolicyTypes.keysOf(PolicyTypes.names().contains(type) ? type : null);
      case "products" -> ProductParser.KEYS;
      case "suppliers" -> SupplierParser.KEYS;
      case "disruptions" -> DisruptionKinds.keysOf(DisruptionKinds.names().contains(type) ? type : null);
      default -> throw new IllegalArgumentException("unknown section " + section);
    };
  }

  /** The key that names an entry of the section (what its selector matches first). */
  static String nameKey(String section) {
    return switch (section) {
      case "products" -> "sku";
      case "disruptions" -> "id";
      default -> "name";
    };
  }

  private static List<String> forecastKeys(Mapping forecast) {
    String method = forecast != null && forecast.get("method") instanceof Scalar s ? s.text() : null;
    List<String> keys = new ArrayList<>(List.of("method"));
    if (method != null && PurchasingPlanType.FORECAST_KEYS.containsKey(method)) {
      keys.addAll(PurchasingPlanType.FORECAST_KEYS.get(method));
      return keys;
    }
    return null;
  }
}
