package backorder.model;

/** The end-of-day series recorded per replication, all products together. */
public enum DailySeries {
  ON_HAND("on_hand"),
  BACKLOG_UNITS("backlog_units"),
  ON_ORDER("on_order"),
  BACKORDERS_CUM("backorders_cum"),
  CANCELLATIONS_CUM("cancellations_cum"),
  LOST_CUSTOMERS_CUM("lost_customers_cum"),
  LOST_SALES_CUM("lost_sales_cum"),
  /** orders moved to a substitute (SPEC §9); last, so the other series keep their place */
  SUBSTITUTIONS_CUM("substitutions_cum");

  private final String key;

  DailySeries(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }

  public static final int COUNT = values().length;
}
