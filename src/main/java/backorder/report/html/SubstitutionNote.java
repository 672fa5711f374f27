package backorder.report.html;

import static backorder.report.html.Html.esc;

import backorder.metric.Metric;
import backorder.report.results.MetricInfo;
import backorder.report.results.PolicyResult;
import backorder.report.results.RunResults;
import backorder.report.results.Substitutions;

/**
 * The headline's sentence on recommending similar products (SPEC §9), kept apart from the verdict
 * so that it appears only when the recommended policy or its runner-up moved orders to substitutes.
 */
final class SubstitutionNote {

    private static final MetricInfo COUNT = MetricInfo.of(Metric.SUBSTITUTIONS);
    private static final MetricInfo MONEY = MetricInfo.of(Metric.SUBSTITUTION_REVENUE);
    private static final MetricInfo BACKORDERS = MetricInfo.of(Metric.BACKORDERS);

    private SubstitutionNote() { }

    /** Whether the KPI tile for {@code m} belongs in this report (substitutions only when they happened). */
    static boolean shows(Metric m, RunResults r) {
        return m != Metric.SUBSTITUTIONS || Substitutions.happened(r);
    }

    /** The paragraph, or "" when neither policy substituted. */
    static String paragraph(RunResults r, String best, String runner) {
        PolicyResult a = r.policy(best);
        PolicyResult b = runner == null ? null : r.policy(runner);
        if (!Substitutions.tookPlace(a) && (b == null || !Substitutions.tookPlace(b))) {
            return "";
        }
        StringBuilder s = new StringBuilder("<p class=\"substitutes\">Similar products: ")
                .append(moved(a)).append(" under ").append(esc(best));
        if (b != null) {
            s.append(", against ").append(moved(b)).append(" under ").append(esc(runner));
        }
        return s.append(". Each is a customer who would otherwise have waited or left.</p>\n").toString();
    }

    private static String moved(PolicyResult p) {
        double n = p.metric(COUNT.name()).mean();
        if (!(n > 0)) {
            return "no orders moved to a substitute (" + BACKORDERS.format(p.metric(BACKORDERS.name()).mean())
                    + " backorders)";
        }
        double orders = p.metric(Metric.ORDERS.key()).mean();
        String share = orders > 0 ? ", " + MetricInfo.number(100 * n / orders, "0.0") + "% of orders" : "";
        return COUNT.format(n) + " orders moved to a substitute in stock" + share + ", bringing "
                + MONEY.format(p.metric(MONEY.name()).mean()) + " of revenue ("
                + BACKORDERS.format(p.metric(BACKORDERS.name()).mean()) + " backorders)";
    }
}
