package backorder.report.html;

import backorder.metric.Metric;
import backorder.report.chart.PolicyPalette;
import backorder.report.results.MetricInfo;
import backorder.report.results.MetricStat;
import backorder.report.results.PolicyResult;
import backorder.report.results.RunResults;
import static backorder.report.html.Html.esc;

import java.util.List;

/** The key-figure tiles of the recommended policy, each with its 95% CI and the runner-up's value. */
final class KpiTiles {

    /** Metrics shown as tiles, when present: money first, then service. */
    static final List<Metric> KPIS = List.of(Metric.NET_VALUE, Metric.PROFIT, Metric.TOTAL_COST, Metric.FILL_RATE,
            Metric.BACKORDERS, Metric.CANCELLATIONS, Metric.LOST_CUSTOMERS, Metric.SUBSTITUTIONS);

    private KpiTiles() { }

    /** The tiles section; {@code runner} may be null. */
    static String render(RunResults r, PolicyPalette palette, String best, String runner) {
        StringBuilder b = new StringBuilder("<section class=\"kpis-section\">\n<h2>Key figures for ")
                .append(Html.policy(palette, best)).append("</h2>\n<div class=\"kpis\">\n");
        PolicyResult p = r.policy(best);
        for (Metric kpi : KPIS) {
            String name = kpi.key();
            if (!r.metricNames().contains(name) || !SubstitutionNote.shows(kpi, r)) {
                continue;
            }
            MetricInfo info = r.info(kpi);
            MetricStat s = p.metric(name);
            b.append("<div class=\"kpi\"><div class=\"kpi-label\">").append(esc(info.label()))
                    .append(info.kind() == Metric.Kind.RATIO || info.unit().isEmpty() ? ""
                            : " <span class=\"unit\">(" + esc(info.unit()) + ")</span>")
                    .append("</div><div class=\"kpi-value\">").append(info.format(s.mean())).append("</div>");
            if (s.hasCi()) {
                b.append("<div class=\"kpi-ci\">95% CI ").append(info.format(s.ci95Low())).append(" to ")
                        .append(info.format(s.ci95High())).append("</div>");
            }
            if (runner != null) {
                b.append("<div class=\"kpi-vs\">").append(Html.policy(palette, runner)).append(": ")
                        .append(info.format(r.policy(runner).metric(name).mean())).append("</div>");
            }
            b.append("</div>\n");
        }
        return b.append("</div>\n</section>\n").toString();
    }
}
