package backorder.report.results;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * summary.json's {@code derived} for one policy and product: the reorder point, batch or
 * order-up-to level and safety stock the policy used (NaN where its type has none or the file
 * predates them).
 */
public record LevelsUsed(double reorderPoint, double orderQuantity, double orderUpTo,
                         double safetyStock) {

    /** No levels: a purchasing plan, or a file without {@code derived}. */
    public static final LevelsUsed NONE = new LevelsUsed(Double.NaN, Double.NaN, Double.NaN, Double.NaN);

    /** Whether any level is known. */
    public boolean defined() {
        return !Double.isNaN(reorderPoint) || !Double.isNaN(orderQuantity) || !Double.isNaN(orderUpTo);
    }

    /** "reorder at 1,197 · order 660 · safety stock 192" in units; empty when none is known. */
    public String describe() {
        DecimalFormat units = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.US));
        List<String> parts = new ArrayList<>();
        if (!Double.isNaN(reorderPoint)) {
            parts.add("reorder at " + units.format(reorderPoint));
        }
        if (!Double.isNaN(orderQuantity)) {
            parts.add("order " + units.format(orderQuantity));
        }
        if (!Double.isNaN(orderUpTo)) {
            parts.add("up to " + units.format(orderUpTo));
        }
        if (!Double.isNaN(safetyStock)) {
            parts.add("safety stock " + units.format(safetyStock));
        }
        return String.join(" · ", parts);
    }
}
