package backorder.report.results;

import backorder.metric.Metric;
import backorder.metric.Metric.Direction;
import backorder.metric.Metric.Kind;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * How a metric name read from a results file is shown: its catalogue entry's label, unit, kind and
 * direction, and number formatting that always uses {@link Locale#US} so output does not depend on
 * the machine.
 *
 * <p>Names the catalogue does not know (a file from another version) still display: their label is
 * the name and no direction is assumed.
 *
 * @param currency what money values are counted in ("EUR", "$"), or "" for none: money then shows
 *     as a plain number and its unit as "currency"
 */
public record MetricInfo(String name, String label, String unit, Kind kind, Direction direction, String currency) {

    /** Treats a null currency as none. */
    public MetricInfo {
        currency = currency == null ? "" : currency;
    }

    /** Facts for a metric name: its {@link Metric} entry, or its own name as label and no direction. */
    public static MetricInfo of(String name) {
        return Metric.byKey(name).map(MetricInfo::of)
                .orElseGet(() -> new MetricInfo(name, name.replace('_', ' '), "", Kind.COUNT, Direction.NEITHER, ""));
    }

    /** Facts for a catalogue entry. */
    public static MetricInfo of(Metric m) {
        return new MetricInfo(m.key(), m.label(), m.unit(), m.kind(), m.direction(), "");
    }

    /** The same facts with money in {@code code} ("EUR", "$"; null or "" for none), which is also its unit. */
    public MetricInfo withCurrency(String code) {
        String c = code == null ? "" : code;
        return new MetricInfo(name, label, kind == Kind.MONEY && !c.isEmpty() ? c : unit, kind, direction, c);
    }

    /** The value as drawn on a chart axis: fractions become percentages. */
    public double chartValue(double v) {
        return kind == Kind.RATIO ? 100.0 * v : v;
    }

    /** The axis label with its unit, for example "fill rate (%)", "EUR" or "currency" (none set). */
    public String axisLabel() {
        return switch (kind) {
            case RATIO -> label.toLowerCase(Locale.ROOT) + " (%)";
            case MONEY -> currency.isEmpty() ? "currency" : currency;
            default -> unit.isEmpty() ? label : unit;
        };
    }

    /** A value as text, e.g. "91.0%", "1,240", "52.3"; {@code NaN} becomes an em dash. */
    public String format(double v) {
        if (Double.isNaN(v)) {
            return "\u2014";
        }
        if (kind == Kind.RATIO) {
            return number(100.0 * v, "0.0") + "%";
        }
        return kind == Kind.MONEY ? money(plain(v, true)) : plain(v, false);
    }

    /** A difference of two values as text: fractions in percentage points, others as plain numbers. */
    public String formatDifference(double d) {
        if (Double.isNaN(d)) {
            return "\u2014";
        }
        if (kind == Kind.RATIO) {
            return number(100.0 * d, "0.0") + " points";
        }
        return kind == Kind.MONEY ? money(plain(d, true)) : plain(d, false);
    }

    /**
     * A formatted amount with the currency in front, after any sign: a code of letters with a space
     * ("EUR 12,300"), a symbol without ("$12,300", "-US$40"); unchanged without a currency.
     */
    public String money(String amount) {
        if (currency.isEmpty()) {
            return amount;
        }
        boolean negative = amount.startsWith("-");
        String digits = negative ? amount.substring(1) : amount;
        boolean code = currency.codePoints().allMatch(Character::isLetter);
        return (negative ? "-" : "") + currency + (code ? " " : "") + digits;
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
