package backorder.report.html;

import backorder.report.chart.PolicyPalette;
import backorder.report.results.ComparisonRow;
import backorder.report.results.MetricInfo;
import backorder.report.results.RunResults;
import static backorder.report.html.Html.esc;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * The comparison matrix: every other policy against the recommended one on the objective metric and
 * fill rate, as summary.json's paired differences with 95% CIs, ties (not distinguishable) marked.
 */
final class ComparisonSection {

    /** The family-wise level of summary.json's {@code distinguishable_from_best}. */
    static final double ALPHA = 0.05;

    private ComparisonSection() { }

    /** The section, or "" when summary.json has no comparisons or nothing to compare. */
    static String render(RunResults r, Recommendation rec, PolicyPalette palette) {
        Optional<String> best = rec.recommended();
        if (r.comparisons().rows().isEmpty() || best.isEmpty() || r.policies().size() < 2) {
            return "";
        }
        List<String> metrics = List.copyOf(new LinkedHashSet<>(List.of(rec.objective().metric(), "fill_rate")));
        StringBuilder b = new StringBuilder("<section id=\"comparisons\">\n<h2>Against the recommended policy</h2>\n")
                .append("<p class=\"note\">Each policy minus ").append(esc(best.get()))
                .append(", paired by replication on common random numbers, with the 95% confidence interval "
                        + "underneath and the p-value Holm-adjusted over all pairs of policies on that metric. "
                        + "<span class=\"tied\">Tied</span> marks a difference not distinguishable from zero "
                        + "(adjusted p &#8805; 0.05). Every pair and metric is in comparisons.csv.</p>\n")
                .append(Html.openTable("comparisons") + "\n<thead><tr><th>Policy</th><th>Rank</th>");
        for (String m : metrics) {
            MetricInfo info = r.info(m);
            b.append("<th>").append(esc(info.label())).append(" difference</th><th>adjusted p</th>");
        }
        b.append("</tr></thead>\n<tbody>\n");
        for (String p : order(r, best.get())) {
            b.append("<tr><th scope=\"row\">").append(Html.policy(palette, p)).append("</th><td>")
                    .append(r.comparisons().rank(p).map(e -> Integer.toString(e.rank())).orElse("&#8212;"))
                    .append("</td>");
            for (String m : metrics) {
                b.append(p.equals(best.get()) ? "<td class=\"left\" colspan=\"2\">recommended</td>"
                        : cells(r.info(m), r.comparisons().find(p, best.get(), m)));
            }
            b.append("</tr>\n");
        }
        return b.append("</tbody>\n" + Html.CLOSE_TABLE + "\n</section>\n").toString();
    }

    /** The ranking's order when summary.json has one, else scenario order with the recommended first. */
    private static List<String> order(RunResults r, String best) {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        names.add(best);
        r.comparisons().ranking().forEach(e -> names.add(e.policy()));
        names.addAll(r.policyNames());
        names.retainAll(r.policyNames());
        return new ArrayList<>(names);
    }

    private static String cells(MetricInfo info, Optional<ComparisonRow> row) {
        if (row.isEmpty() || Double.isNaN(row.get().meanDiff())) {
            return "<td>&#8212;</td><td>&#8212;</td>";
        }
        ComparisonRow c = row.get();
        boolean tied = !c.significant(ALPHA);
        StringBuilder b = new StringBuilder(tied ? "<td class=\"tied\">" : "<td>").append(signed(info, c.meanDiff()));
        if (c.hasCi()) {
            b.append("<span class=\"ci\">").append(signed(info, c.ci95Low())).append(" to ")
                    .append(signed(info, c.ci95High())).append("</span>");
        }
        b.append("</td><td").append(tied ? " class=\"tied\">" : ">").append(p(c.pAdjusted()))
                .append(tied ? " <span class=\"muted\">tied</span>" : "").append("</td>");
        return b.toString();
    }

    private static String signed(MetricInfo info, double v) {
        if (v == 0) {
            return info.formatDifference(0);
        }
        return (v < 0 ? "&#8722;" : "+") + info.formatDifference(Math.abs(v));
    }

    /** A p-value as "0.042", "&lt; 0.001" or an em dash when undefined. */
    static String p(double p) {
        if (Double.isNaN(p)) {
            return "&#8212;";
        }
        return p < 0.001 ? "&lt; 0.001" : MetricInfo.number(p, "0.000");
    }
}
