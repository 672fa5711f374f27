package backorder.report.html;

import backorder.metric.Constraint;
import backorder.metric.Metric;
import backorder.metric.Objective;
import backorder.report.results.MetricInfo;
import backorder.report.results.RunResults;
import static backorder.report.html.Html.esc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The scenario's objective in words: what is maximised, the constraints, whom they rule out, the rule line. */
final class ObjectiveWords {

    private static final String FILL = Metric.FILL_RATE.key();

    private ObjectiveWords() { }

    /** The objective metric's label in lower case, e.g. "net value". */
    static String label(Objective o) {
        return MetricInfo.of(o.metric()).label().toLowerCase(Locale.ROOT);
    }

    /** "the highest net value" or "the lowest total cost". */
    static String best(Objective o) {
        return (o.minimize() ? "the lowest " : "the highest ") + esc(label(o));
    }

    /** The conditions a policy must meet, as HTML ("<code>fill_rate &gt;= 0.9</code> and ..."), or "". */
    static String conditions(Objective o, double bestFillRate) {
        List<String> parts = new ArrayList<>();
        o.constraints().forEach(c -> parts.add(code(c)));
        if (o.usesFillRateTolerance() && !Double.isNaN(bestFillRate)) {
            parts.add("a fill rate within " + HeadlineSection.points(o.fillRateTolerance()) + " of the best ("
                    + MetricInfo.of(FILL).format(bestFillRate) + ")");
        }
        return Html.list(parts);
    }

    /** Whether the objective restricts who may be recommended. */
    static boolean restricts(Objective o) {
        return !o.constraints().isEmpty() || o.usesFillRateTolerance();
    }

    /**
     * Which policies each condition rules out ("<code>fill_rate &gt;= 0.9</code> rules out a (86.2%)
     * and b (56.2%)."), or that none meets them; "" when nothing was ruled out.
     */
    static String exclusions(RunResults r, Recommendation rec) {
        Objective o = rec.objective();
        if (rec.noneQualifies()) {
            String what = o.constraints().size() == 1 && !o.usesFillRateTolerance()
                    ? conditions(o, rec.bestFillRate())
                    : "every constraint (" + conditions(o, rec.bestFillRate()) + ")";
            return "No policy meets " + what + "; recommended on " + esc(label(o)) + " alone.";
        }
        StringBuilder b = new StringBuilder();
        for (Constraint c : o.constraints()) {
            MetricInfo info = r.info(c.metric());
            List<String> out = new ArrayList<>();
            for (String p : rec.excluded()) {
                double v = r.policy(p).metric(info.name()).mean();
                if (!c.holds(v)) {
                    out.add(esc(p) + " (" + info.format(v) + ")");
                }
            }
            if (!out.isEmpty()) {
                b.append(b.length() == 0 ? "" : " ").append("The constraint ").append(code(c))
                        .append(" rules out ").append(Html.list(out)).append('.');
            }
        }
        if (o.usesFillRateTolerance() && !Double.isNaN(rec.bestFillRate())) {
            MetricInfo fill = MetricInfo.of(FILL);
            List<String> out = new ArrayList<>();
            for (String p : rec.excluded()) {
                double v = r.policy(p).metric(FILL).mean();
                if (!(v >= rec.bestFillRate() - o.fillRateTolerance() - 1e-9)) {
                    out.add(esc(p) + " (" + fill.format(v) + ")");
                }
            }
            if (!out.isEmpty()) {
                b.append(b.length() == 0 ? "" : " ").append("The fill-rate tolerance (within ")
                        .append(HeadlineSection.points(o.fillRateTolerance())).append(" of the best, ")
                        .append(fill.format(rec.bestFillRate())).append(") rules out ").append(Html.list(out)).append('.');
            }
        }
        return b.toString();
    }

    /** The rule line: SPEC §5's rule with this scenario's metric and conditions, and what "tied" means. */
    static String rule(RunResults r, Recommendation rec) {
        Objective o = rec.objective();
        StringBuilder s = new StringBuilder("Rule (the scenario&#8217;s objective): ").append(best(o));
        if (Metric.NET_VALUE.key().equals(o.metric())) {
            s.append(" (profit minus backorder cost and lost customer value)");
        }
        if (restricts(o)) {
            s.append(" among the policies that meet ").append(conditions(o, rec.bestFillRate()))
                    .append("; when none does, ").append(best(o)).append(" of all");
        }
        s.append(". ").append(pairing(rec.difference()));
        return s.toString();
    }

    private static String pairing(PairedDifference d) {
        if (d == null) {
            return "";
        }
        if (d.pairs() == 0) {
            return "No paired intervals: replications.csv has no usable values for both policies, so differences "
                    + "are those of the summary means.";
        }
        if (!d.hasCi()) {
            return "Paired over a single replication, so there are no confidence intervals.";
        }
        return "Differences are paired over " + d.pairs() + " replications on common random numbers, with 95% "
                + "confidence intervals; two policies are statistically tied when the Holm-adjusted p-value of "
                + "their difference is 0.05 or more.";
    }

    private static String code(Constraint c) {
        return "<code>" + esc(c.expr()) + "</code>";
    }
}
