package backorder.scenario;

import backorder.policy.OrderQuantity;
import backorder.policy.ReorderRule;
import backorder.policy.SafetyStock;
import backorder.scenario.YamlNode.Where;
import java.util.List;

/**
 * Reads the reorder point and quantity keys shared by {@code reorder_point} and
 * {@code multi_supplier} policies: {@code reorder_point} or {@code safety_stock}, and
 * {@code order_quantity} or {@code order_up_to}.
 */
final class ReorderRuleParser {

  /** The policy keys this rule reads, in documentation order. */
  static final List<String> KEYS =
      List.of("reorder_point", "safety_stock", "order_quantity", "order_up_to");

  static final List<String> SAFETY_STOCK_KEYS = List.of("units", "days_of_cover", "service_level");

  private ReorderRuleParser() {}

  /** The rule, or null when something is wrong (reported). */
  static ReorderRule parse(MappingReader m) {
    Problems problems = m.problems;
    Double reorderPoint = null;
    SafetyStock safetyStock = null;
    boolean ok = true;
    if (m.has("reorder_point") && m.has("safety_stock")) {
      String second = later(m, "reorder_point", "safety_stock");
      problems.add(m.keyWhere(second), m.pathOf(second),
          "give either reorder_point or safety_stock, not both");
      ok = false;
    } else if (m.has("reorder_point")) {
      reorderPoint = m.number("reorder_point", Check.UNITS_RANGE);
      ok = reorderPoint != null;
    } else if (m.has("safety_stock")) {
      safetyStock = safetyStock(m);
      ok = safetyStock != null;
    } else {
      problems.add(m.where(), m.path, "reorder_point or safety_stock required");
      ok = false;
    }
    OrderQuantity quantity = null;
    if (m.has("order_quantity") && m.has("order_up_to")) {
      String second = later(m, "order_quantity", "order_up_to");
      problems.add(m.keyWhere(second), m.pathOf(second),
          "give either order_quantity or order_up_to, not both");
    } else if (m.has("order_quantity")) {
      quantity = orderQuantity(m);
    } else if (m.has("order_up_to")) {
      Double level = m.number("order_up_to", Check.UNITS_RANGE);
      if (level != null && reorderPoint != null && level <= reorderPoint) {
        problems.add(m.get("order_up_to").where(), m.pathOf("order_up_to"), "must be > reorder_point ("
            + Check.format(reorderPoint) + "), got " + m.rawText("order_up_to"));
        level = null;
      }
      quantity = level == null ? null : new OrderQuantity(OrderQuantity.Kind.UP_TO, level);
    } else {
      problems.add(m.where(), m.path, "order_quantity or order_up_to required");
    }
    if (!ok || quantity == null) {
      return null;
    }
    return new ReorderRule(reorderPoint != null ? reorderPoint : Double.NaN, safetyStock, quantity);
  }

  private static SafetyStock safetyStock(MappingReader policy) {
    MappingReader m = MappingReader.open(policy.get("safety_stock"), policy.pathOf("safety_stock"),
        policy.problems, SAFETY_STOCK_KEYS);
    if (m == null) {
      return null;
    }
    List<String> given = SAFETY_STOCK_KEYS.stream().filter(m::has).toList();
    if (given.isEmpty()) {
      m.problems.add(m.where(), m.path,
          "one of " + String.join(", ", SAFETY_STOCK_KEYS) + " required");
      return null;
    }
    if (given.size() > 1) {
      String second = later(m, given.get(0), given.get(1));
      m.problems.add(m.keyWhere(second), m.pathOf(second),
          "give only one of " + String.join(", ", SAFETY_STOCK_KEYS));
      return null;
    }
    String key = given.get(0);
    Double value = m.number(key,
        key.equals("service_level") ? Check.strictlyBetween(0, 1)
            : key.equals("days_of_cover") ? Check.DAYS
            : Check.atLeast(0).and(Check.atMost(Check.MAX_UNITS)));
    if (value == null) {
      return null;
    }
    SafetyStock.Kind kind = switch (key) {
      case "units" -> SafetyStock.Kind.UNITS;
      case "days_of_cover" -> SafetyStock.Kind.DAYS_OF_COVER;
      default -> SafetyStock.Kind.SERVICE_LEVEL;
    };
    return new SafetyStock(kind, value);
  }

  private static OrderQuantity orderQuantity(MappingReader policy) {
    YamlNode node = policy.get("order_quantity");
    String path = policy.pathOf("order_quantity");
    if (node instanceof YamlNode.Mapping) {
      MappingReader m = MappingReader.open(node, path, policy.problems, List.of("days_of_cover"));
      Double days = m.requiredNumber("days_of_cover", Check.above(0).and(Check.DAYS_CEILING));
      return days == null ? null : new OrderQuantity(OrderQuantity.Kind.DAYS_OF_COVER, days);
    }
    if (node instanceof YamlNode.Sequence) {
      policy.problems.add(node.where(), path,
          "must be a number of units or {days_of_cover: ...}, got a list");
      return null;
    }
    Double units = Values.number(node, path, policy.problems,
        Check.above(0).and(Check.atMost(Check.MAX_UNITS)));
    return units == null ? null : new OrderQuantity(OrderQuantity.Kind.FIXED, units);
  }

  /** Of two keys present in the mapping, the one written later. */
  static String later(MappingReader m, String a, String b) {
    Where wa = m.keyWhere(a);
    Where wb = m.keyWhere(b);
    boolean aLater = wa.line() > wb.line() || wa.line() == wb.line() && wa.column() > wb.column();
    return aLater ? a : b;
  }
}
