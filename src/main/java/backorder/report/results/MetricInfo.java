package backorder.report.results;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Display facts about a metric name (label, unit, kind, whether higher is better) and its number
 * formatting, which always uses {@link Locale#US} so output does not depend on the machine.
 *
 * <p>Unknown metric names still display: their label is the name and no direction is assumed.
 */
public record MetricInfo(String name, String label, String unit, Kind kind, Boolean higherIsBetter) {

    /** How a metric's values are shown. */
    public enum Kind { COUNT, FRACTION, CURRENCY, DAYS }

    private static final Map<String, MetricInfo> KNOWN = new LinkedHashMap<>();

    static {
        count("orders", "Customer orders", "orders", null);
        count("units_demanded", "Units demanded", "units", null);
        known("fill_rate", "Fill rate", "%", Kind.FRACTION, true);
        count("backorders", "Backorders", "orders", false);
        count("backordered_units", "Backordered units", "units", false);
        count("lost_sales", "Lost sales", "orders", false);
        count("cancellations", "Cancellations", "orders", false);
        count("lost_customers", "Lost customers", "customers", false);
        count("complaints", "Complaints", "orders", false);
        count("avg_backlog_units", "Average backlog", "units", false);
        count("max_backlog_units", "Maximum backlog", "units", false);
        count("avg_on_hand_units", "Average on hand", "units", null);
        known("mean_backorder_wait_days", "Mean backorder wait", "days", Kind.DAYS, false);
        count("purchase_orders", "Purchase orders", "orders", null);
        count("units_ordered", "Units ordered", "units", null);
        money("revenue", "Revenue", true);
        money("purchase_cost", "Purchase cost", false);
        money("ordering_cost", "Ordering cost", false);
        money("holding_cost", "Holding cost", false);
        money("profit", "Profit", true);
        money("backorder_cost", "Backorder cost", false);
        money("total_cost", "Total cost", false);
        money("lost_customer_value", "Lost customer value", false);
        count("worst_week_backorders", "Worst-week backorders", "orders", false);
        known("recovery_days", "Recovery time", "days", Kind.DAYS, false);
        money("prepaid_revenue", "Prepaid revenue", null);
    }

    private static void known(String name, String label, String unit, Kind kind, Boolean higher) {
        KNOWN.put(name, new MetricInfo(name, label, unit, kind, higher));
    }

    private static void count(String name, String label, String unit, Boolean higher) {
        known(name, label, unit, Kind.COUNT, higher);
    }

    private static void money(String name, String label, Boolean higher) {
        known(name, label, "currency", Kind.CURRENCY, higher);
    }

    /** Facts for a metric name; unknown names get their own name as label and no direction. */
    public static MetricInfo of(String name) {
        MetricInfo info = KNOWN.get(name);
        return info != null ? info : new MetricInfo(name, name.replace('_', ' '), "", Kind.COUNT, null);
    }

    /** The value as drawn on a chart axis: fractions become percentages. */
    public double chartValue(double v) {
        return kind == Kind.FRACTION ? 100.0 * v : v;
    }

    /** The axis label with its unit, for example "fill rate (%)" or "currency". */
    public String axisLabel() {
        return switch (kind) {
            case FRACTION -> label.toLowerCase(Locale.ROOT) + " (%)";
            case CURRENCY -> "currency";
            default -> unit.isEmpty() ? label : unit;
        };
    }

    /** A value as text, e.g. "91.0%", "1,240", "52.3"; {@code NaN} becomes an em dash. */
    public String format(double v) {
        if (Double.isNaN(v)) {
            return "\u2014";
        }
        if (kind == Kind.FRACTION) {
            return number(100.0 * v, "0.0") + "%";
        }
        return plain(v, kind == Kind.CURRENCY);
    }

    /** A difference of two values as text: fractions in percentage points, others as plain numbers. */
    public String formatDifference(double d) {
        if (Double.isNaN(d)) {
            return "\u2014";
        }
        if (kind == Kind.FRACTION) {
            return number(100.0 * d, "0.0") + " points";
        }
        return plain(d, kind == Kind.CURRENCY);
    }

    /**
     * A number with Locale.US grouping and at least three significant digits: no decimals from 100 up,
     * one from 10 (two for money), two below 10; exactly zero is "0".
     */
    public static String plain(double v, boolean money) {
        double a = Math.abs(v);
        if (v == 0) {
            return "0";
        }
        String pattern = a >= 99.5 ? "#,##0" : a >= 9.995 ? (money ? "#,##0.00" : "#,##0.0") : "#,##0.00";
        return number(v, pattern);
    }

    /** Formats with a DecimalFormat pattern in Locale.US, without a minus sign on zero. */
    public static String number(double v, String pattern) {
        String s = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.US)).format(v);
        return s.matches("-0(\\.0*)?%?") ? s.substring(1) : s;
    }
}
