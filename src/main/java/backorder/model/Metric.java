package backorder.model;

/**
 * The metrics of SPEC §4, in its order, plus {@code purchase_orders_crossed}: one value per
 * replication, for every product and in total. Writers and reports iterate this registry.
 */
public enum Metric {
  ORDERS("orders"),
  UNITS_DEMANDED("units_demanded"),
  FILL_RATE("fill_rate"),
  BACKORDERS("backorders"),
  BACKORDERED_UNITS("backordered_units"),
  LOST_SALES("lost_sales"),
  CANCELLATIONS("cancellations"),
  LOST_CUSTOMERS("lost_customers"),
  COMPLAINTS("complaints"),
  AVG_BACKLOG_UNITS("avg_backlog_units"),
  MAX_BACKLOG_UNITS("max_backlog_units"),
  AVG_ON_HAND_UNITS("avg_on_hand_units"),
  MEAN_BACKORDER_WAIT_DAYS("mean_backorder_wait_days"),
  PURCHASE_ORDERS("purchase_orders"),
  UNITS_ORDERED("units_ordered"),
  REVENUE("revenue"),
  PURCHASE_COST("purchase_cost"),
  ORDERING_COST("ordering_cost"),
  HOLDING_COST("holding_cost"),
  PROFIT("profit"),
  BACKORDER_COST("backorder_cost"),
  TOTAL_COST("total_cost"),
  LOST_CUSTOMER_VALUE("lost_customer_value"),
  WORST_WEEK_BACKORDERS("worst_week_backorders"),
  RECOVERY_DAYS("recovery_days"),
  PREPAID_REVENUE("prepaid_revenue"),
  PURCHASE_ORDERS_CROSSED("purchase_orders_crossed");

  private final String key;

  Metric(String key) {
    this.key = key;
  }

  /** The name used in files and the scenario's {@code objective}. */
  public String key() {
    return key;
  }

  public static final int COUNT = values().length;
}
