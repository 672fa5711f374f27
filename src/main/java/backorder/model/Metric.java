package backorder.model;

/**
 * The metrics of SPEC §4, in its order, plus {@code purchase_orders_crossed}: one value per
 * replication, for every product and in total. Writers and reports iterate this registry.
 */
public enum Metric {
  ORDERS("orders", "orders", false),
  UNITS_DEMANDED("units_demanded", "units", false),
  FILL_RATE("fill_rate", "fraction", true),
  BACKORDERS("backorders", "orders", false),
  BACKORDERED_UNITS("backordered_units", "units", false),
  LOST_SALES("lost_sales", "orders", false),
  CANCELLATIONS("cancellations", "orders", false),
  LOST_CUSTOMERS("lost_customers", "customers", false),
  COMPLAINTS("complaints", "orders", false),
  AVG_BACKLOG_UNITS("avg_backlog_units", "units", false),
  MAX_BACKLOG_UNITS("max_backlog_units", "units", false),
  AVG_ON_HAND_UNITS("avg_on_hand_units", "units", false),
  MEAN_BACKORDER_WAIT_DAYS("mean_backorder_wait_days", "days", false),
  PURCHASE_ORDERS("purchase_orders", "orders", false),
  UNITS_ORDERED("units_ordered", "units", false),
  REVENUE("revenue", "money", true),
  PURCHASE_COST("purchase_cost", "money", false),
  ORDERING_COST("ordering_cost", "money", false),
  HOLDING_COST("holding_cost", "money", false),
  PROFIT("profit", "money", true),
  BACKORDER_COST("backorder_cost", "money", false),
  TOTAL_COST("total_cost", "money", false),
  LOST_CUSTOMER_VALUE("lost_customer_value", "money", false),
  WORST_WEEK_BACKORDERS("worst_week_backorders", "orders", false),
  RECOVERY_DAYS("recovery_days", "days", false),
  PREPAID_REVENUE("prepaid_revenue", "money", true),
  PURCHASE_ORDERS_CROSSED("purchase_orders_crossed", "orders", false);

  private final String key;
  private final String unit;
  private final boolean higherIsBetter;

  Metric(String key, String unit, boolean higherIsBetter) {
    this.key = key;
    this.unit = unit;
    this.higherIsBetter = higherIsBetter;
  }

  /** The name used in files and the scenario's {@code objective}. */
  public String key() {
    return key;
  }

  public String unit() {
    return unit;
  }

  public boolean higherIsBetter() {
    return higherIsBetter;
  }

  public static final int COUNT = values().length;

  public static Metric byKey(String key) {
    for (Metric m : values()) {
      if (m.key.equals(key)) {
        return m;
      }
    }
    return null;
  }
}
