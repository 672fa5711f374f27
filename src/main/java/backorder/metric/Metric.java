package backorder.metric;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The metric catalogue: one entry per metric (SPEC §4 in its order, then purchase_orders_crossed,
 * SPEC §5's net_value and SPEC §9's substitutions) with its key, label, unit, kind and direction,
 * read by the model, the writers, the objective and the report alike.
 *
 * <p>The model fills one value per metric, indexed by ordinal, for every product and in total.
 * Adding a metric is one entry here plus computing its value in {@code model.MetricValues}.
 */
public enum Metric {
  ORDERS("orders", "Customer orders", "orders", Kind.COUNT, Direction.NEITHER),
  UNITS_DEMANDED("units_demanded", "Units demanded", "units", Kind.COUNT, Direction.NEITHER),
  FILL_RATE("fill_rate", "Fill rate", "%", Kind.RATIO, Direction.HIGHER_IS_BETTER),
  BACKORDERS("backorders", "Backorders", "orders", Kind.COUNT, Direction.LOWER_IS_BETTER),
  BACKORDERED_UNITS("backordered_units", "Backordered units", "units", Kind.COUNT,
      Direction.LOWER_IS_BETTER),
  LOST_SALES("lost_sales", "Lost sales", "orders", Kind.COUNT, Direction.LOWER_IS_BETTER),
  CANCELLATIONS("cancellations", "Cancellations", "orders", Kind.COUNT, Direction.LOWER_IS_BETTER),
  LOST_CUSTOMERS("lost_customers", "Lost customers", "customers", Kind.COUNT,
      Direction.LOWER_IS_BETTER),
  COMPLAINTS("complaints", "Complaints", "orders", Kind.COUNT, Direction.LOWER_IS_BETTER),
  AVG_BACKLOG_UNITS("avg_backlog_units", "Average backlog", "units", Kind.LEVEL,
      Direction.LOWER_IS_BETTER),
  MAX_BACKLOG_UNITS("max_backlog_units", "Maximum backlog", "units", Kind.LEVEL,
      Direction.LOWER_IS_BETTER),
  AVG_ON_HAND_UNITS("avg_on_hand_units", "Average on hand", "units", Kind.LEVEL, Direction.NEITHER),
  MEAN_BACKORDER_WAIT_DAYS("mean_backorder_wait_days", "Mean backorder wait", "days", Kind.DAYS,
      Direction.LOWER_IS_BETTER),
  PURCHASE_ORDERS("purchase_orders", "Purchase orders", "orders", Kind.COUNT, Direction.NEITHER),
  UNITS_ORDERED("units_ordered", "Units ordered", "units", Kind.COUNT, Direction.NEITHER),
  REVENUE("revenue", "Revenue", "currency", Kind.MONEY, Direction.HIGHER_IS_BETTER),
  PURCHASE_COST("purchase_cost", "Purchase cost", "currency", Kind.MONEY,
      Direction.LOWER_IS_BETTER),
  ORDERING_COST("ordering_cost", "Ordering cost", "currency", Kind.MONEY,
      Direction.LOWER_IS_BETTER),
  HOLDING_COST("holding_cost", "Holding cost", "currency", Kind.MONEY, Direction.LOWER_IS_BETTER),
  PROFIT("profit", "Profit", "currency", Kind.MONEY, Direction.HIGHER_IS_BETTER),
  BACKORDER_COST("backorder_cost", "Backorder cost", "currency", Kind.MONEY,
      Direction.LOWER_IS_BETTER),
  TOTAL_COST("total_cost", "Total cost", "currency", Kind.MONEY, Direction.LOWER_IS_BETTER),
  LOST_CUSTOMER_VALUE("lost_customer_value", "Lost customer value", "currency", Kind.MONEY,
      Direction.LOWER_IS_BETTER),
  WORST_WEEK_BACKORDERS("worst_week_backorders", "Worst-week backorders", "orders", Kind.COUNT,
      Direction.LOWER_IS_BETTER),
  RECOVERY_DAYS("recovery_days", "Recovery time", "days", Kind.DAYS, Direction.LOWER_IS_BETTER),
  PREPAID_REVENUE("prepaid_revenue", "Prepaid revenue", "currency", Kind.MONEY, Direction.NEITHER),
  // more crossing is neither good nor bad: it measures how variable the lead times are
  PURCHASE_ORDERS_CROSSED("purchase_orders_crossed", "Purchase orders crossed", "orders",
      Kind.COUNT, Direction.NEITHER),
  // SPEC §5: profit after the goodwill cost of making customers wait and of customers lost
  NET_VALUE("net_value", "Net value", "currency", Kind.MONEY, Direction.HIGHER_IS_BETTER),
  // SPEC §9, counted on the product first asked for. Neither good nor bad in itself: a
  // substitution is a sale kept instead of a backorder, but also a customer not given their choice
  SUBSTITUTIONS("substitutions", "Substitutions", "orders", Kind.COUNT, Direction.NEITHER),
  SUBSTITUTION_REVENUE("substitution_revenue", "Substitution revenue", "currency", Kind.MONEY,
      Direction.NEITHER);

  /** What a metric's values are, which decides how they are shown. */
  public enum Kind {
    /** Events or units counted over the measured period. */
    COUNT,
    /** A stock level in units: a time average or a maximum. */
    LEVEL,
    /** An amount of money, in the scenario's currency. */
    MONEY,
    /** A fraction in [0, 1], shown as a percentage. */
    RATIO,
    /** A duration in days. */
    DAYS
  }

  /** Whether a policy is better with a higher or a lower value of the metric. */
  public enum Direction { HIGHER_IS_BETTER, LOWER_IS_BETTER, NEITHER }

  /** The number of metrics: the length of every per-replication value array. */
  public static final int COUNT = values().length;

  private static final Map<String, Metric> BY_KEY = Arrays.stream(values())
      .collect(Collectors.toUnmodifiableMap(Metric::key, Function.identity()));

  private final String key;
  private final String label;
  private final String unit;
  private final Kind kind;
  private final Direction direction;

  Metric(String key, String label, String unit, Kind kind, Direction direction) {
    this.key = key;
    this.label = label;
    this.unit = unit;
    this.kind = kind;
    this.direction = direction;
  }

  /** The name used in files and the scenario's {@code objective}. */
  public String key() {
    return key;
  }

  /** The name shown to people, e.g. "Fill rate". */
  public String label() {
    return label;
  }

  /** The unit shown beside values: "orders", "units", "customers", "days", "%" or "currency". */
  public String unit() {
    return unit;
  }

  public Kind kind() {
    return kind;
  }

  public Direction direction() {
    return direction;
  }

  /** The metric with this key, or empty for a name the catalogue does not know. */
  public static Optional<Metric> byKey(String key) {
    return Optional.ofNullable(BY_KEY.get(key));
  }

  /** The metrics a policy can be ranked by: those where higher or lower is clearly better. */
  public static List<Metric> ranked() {
    return Arrays.stream(values()).filter(m -> m.direction != Direction.NEITHER).toList();
  }
}
