package backorder.scenario;

import backorder.scenario.Product.Customers;
import backorder.scenario.Product.Demand;
import backorder.scenario.Product.OutOfStock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads product mappings ({@code products} entries, catalogue rows, {@code product_defaults}) into
 * drafts and completes a draft layered over the defaults into a {@link Product}.
 */
final class ProductParser {

  static final List<String> KEYS = List.of("sku", "price", "holding_cost_per_unit_day",
      "backorder_cost_per_unit_day", "initial_on_hand", "when_out_of_stock", "demand", "customers");

  static final List<String> CUSTOMER_KEYS = List.of("accept_backorder_probability",
      "patience_days", "notified_patience_factor", "lost_after_cancel_probability",
      "lost_after_stockout_probability", "complaint_after_days", "lifetime_value", "base",
      "backorder_boost", "substitutes");

  static final List<String> OUT_OF_STOCK = List.of("backorder", "backorder_if_inbound", "lost_sale");

  /** Upper bound for unit counts (stock, customer base): far beyond any shop, far from overflow. */
  static final long MAX_UNITS = 1_000_000_000_000L;

  private final Problems problems;
  private final DemandParser demand;
  private final SubstituteParser substitutes;

  ProductParser(Problems problems, TraceReader traces) {
    this.problems = problems;
    this.demand = new DemandParser(problems, traces);
    this.substitutes = new SubstituteParser(problems);
  }

  /** Reads one mapping; {@code defaults} = product_defaults (no sku), else sku is required. */
  ProductDraft draft(YamlNode node, String path, boolean defaults) {
    ProductDraft d = new ProductDraft();
    d.path = path;
    d.where = node.where();
    List<String> keys = defaults ? KEYS.subList(1, KEYS.size()) : KEYS;
    MappingReader m = MappingReader.open(node, path, problems, keys);
    if (m == null) {
      d.unusable = true;
      return d;
    }
    for (YamlNode.Entry e : m.mapping.entries().values()) {
      d.given.put(e.key(), e.keyWhere());
    }
    if (!defaults) {
      d.sku = m.requiredName("sku");
      d.skuWhere = m.has("sku") ? m.get("sku").where() : m.where();
    }
    d.price = m.number("price", Check.MONEY);
    d.holdingCostPerUnitDay = m.number("holding_cost_per_unit_day", Check.MONEY);
    d.backorderCostPerUnitDay = m.number("backorder_cost_per_unit_day", Check.MONEY);
    d.initialOnHand = m.integer("initial_on_hand", 0, MAX_UNITS);
    String out = m.oneOf("when_out_of_stock", "when_out_of_stock", OUT_OF_STOCK);
    d.whenOutOfStock = out == null ? null : OutOfStock.valueOf(out.toUpperCase(Locale.ROOT));
    if (m.has("demand")) {
      demand.read(m.get("demand"), m.pathOf("demand"), d);
    }
    if (m.has("customers")) {
      customers(MappingReader.open(m.get("customers"), m.pathOf("customers"), problems,
          CUSTOMER_KEYS), d);
    }
    return d;
  }

  private void customers(MappingReader m, ProductDraft d) {
    if (m == null) {
      return;
    }
    for (YamlNode.Entry e : m.mapping.entries().values()) {
      d.given.put("customers." + e.key(), e.keyWhere());
    }
    d.acceptBackorderProbability = m.number("accept_backorder_probability", Check.PROBABILITY);
    d.patienceDays = m.dist("patience_days", DistParser.Use.DURATION);
    d.notifiedPatienceFactor = m.number("notified_patience_factor", Check.above(0));
    d.lostAfterCancelProbability = m.number("lost_after_cancel_probability", Check.PROBABILITY);
    d.lostAfterStockoutProbability =
        m.number("lost_after_stockout_probability", Check.PROBABILITY);
    d.complaintAfterDays = m.number("complaint_after_days", Check.DAYS);
    d.lifetimeValue = m.number("lifetime_value", Check.MONEY);
    d.base = m.integer("base", 0, MAX_UNITS);
    d.backorderBoost = m.number("backorder_boost", Check.atLeast(0).and(Check.atMost(100)));
    if (m.has("substitutes")) {
      d.substitutes = substitutes.read(m.get("substitutes"), m.pathOf("substitutes"));
    }
  }

  /**
   * The product of {@code own} over {@code defaults}, or null when something is missing;
   * {@code skus} are every product's, which substitutes must name.
   */
  Product complete(ProductDraft own, ProductDraft defaults, List<String> skus, Set<String> known) {
    if (own.unusable) {
      return null;
    }
    ProductDraft p = own.over(defaults);
    Demand demandOf = demand.complete(own, p);
    if (demandOf == null || p.sku == null) {
      return null;
    }
    Customers c = Customers.DEFAULT;
    Customers customers = new Customers(
        or(p.acceptBackorderProbability, c.acceptBackorderProbability()),
        p.patienceDays,
        or(p.notifiedPatienceFactor, c.notifiedPatienceFactor()),
        or(p.lostAfterCancelProbability, c.lostAfterCancelProbability()),
        or(p.lostAfterStockoutProbability, c.lostAfterStockoutProbability()),
        or(p.complaintAfterDays, c.complaintAfterDays()),
        or(p.lifetimeValue, c.lifetimeValue()),
        p.base != null ? p.base : c.base(),
        or(p.backorderBoost, c.backorderBoost()),
        substitutes.complete(p.sku, p.substitutes, known, skus));
    return new Product(p.sku, or(p.price, 0), or(p.holdingCostPerUnitDay, 0),
        or(p.backorderCostPerUnitDay, 0), p.initialOnHand != null ? p.initialOnHand : 0,
        p.whenOutOfStock != null ? p.whenOutOfStock : OutOfStock.BACKORDER, demandOf, customers);
  }

  private static double or(Double value, double fallback) {
    return value != null ? value : fallback;
  }

  /** Names of every product key in dotted form, as catalogue columns. */
  static List<String> dottedKeys() {
    List<String> keys = new ArrayList<>();
    for (String k : KEYS) {
      if (k.equals("demand")) {
        DemandParser.KEYS.forEach(d -> keys.add("demand." + d));
      } else if (k.equals("customers")) {
        CUSTOMER_KEYS.forEach(c -> keys.add("customers." + c));
      } else {
        keys.add(k);
      }
    }
    return keys;
  }
}
