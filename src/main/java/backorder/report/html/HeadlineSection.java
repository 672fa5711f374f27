package backorder.report.html;

import backorder.metric.Metric;
import backorder.report.results.MetricInfo;
import backorder.report.results.MetricStat;
import backorder.report.results.PolicyResult;
import backorder.report.results.RunResults;
import static backorder.report.html.Html.esc;

import backorder.report.chart.PolicyPalette;
import java.util.List;
import java.util.Locale;

/** The report's opening: the recommendation in plain words, then KPI tiles against the runner-up. */
final class HeadlineSection {

    /** Metrics shown as tiles, when present. */
    static final List<Metric> KPIS = List.of(Metric.FILL_RATE, Metric.BACKORDERS, Metric.CANCELLATIONS,
            Metric.LOST_CUSTOMERS, Metric.SUBSTITUTIONS, Metric.TOTAL_COST, Metric.PROFIT);

    private static final MetricInfo FILL = MetricInfo.of(Metric.FILL_RATE);

    private final RunResults r;
    private final Recommendation rec;
    private final PolicyPalette palette;
    private final MetricInfo metric;

    private HeadlineSection(RunResults r, Recommendation rec, PolicyPalette palette) {
        this.r = r;
        this.rec = rec;
        this.palette = palette;
        this.metric = MetricInfo.of(rec.objective().metric());
    }

    /** The headline box and the KPI tiles as HTML. */
    static String render(RunResults r, Recommendation rec, PolicyPalette palette) {
        return new HeadlineSection(r, rec, palette).render();
    }

    private String render() {
        StringBuilder b = new StringBuilder();
        String colour = rec.recommended().map(palette::hex).orElse("#777777");
        b.append("<section class=\"headline\" id=\"headline\" style=\"border-left-color:").append(colour)
                .append("\">\n");
        if (!rec.decided()) {
            b.append("<p class=\"verdict\">No recommendation.</p>\n<p>No eligible policy has a value for ")
                    .append(esc(metric.label().toLowerCase(Locale.ROOT))).append(" (<code>")
                    .append(esc(metric.name())).append("</code>) in summary.json, so the objective cannot decide.</p>\n");
        } else {
            String best = rec.recommended().orElseThrow();
            b.append("<p class=\"verdict\">Recommended: <strong class=\"policy-name\">").append(esc(best))
                    .append("</strong>.</p>\n<p class=\"because\">");
            b.append(rec.runnerUp().map(this::comparison).orElseGet(() -> alone(best)));
            b.append("</p>\n");
            b.append(SubstitutionNote.paragraph(r, best, rec.runnerUp().orElse(null)));
        }
        b.append("<p class=\"rule\">").append(rule()).append("</p>\n");
        b.append("</section>\n");
        rec.recommended().ifPresent(best -> b.append(tiles(best, rec.runnerUp().orElse(null))));
        return b.toString();
    }

    private String alone(String best) {
        PolicyResult p = r.policy(best);
        return esc(best) + " is the only policy in this run, so there is nothing to compare it with. Its "
                + esc(metric.label().toLowerCase(Locale.ROOT)) + " is " + metric.format(p.metric(metric.name()).mean())
                + " " + period() + fillClause(p, null) + ".";
    }

    private String comparison(String runner) {
        PairedDifference d = rec.difference();
        String best = rec.ranking().get(0);
        String name = metric.name();
        if (d == null || Double.isNaN(d.mean())) {
            return esc(runner) + " has no value for " + esc(metric.label().toLowerCase(Locale.ROOT))
                    + ", so the two cannot be compared on it.";
        }
        boolean recLower = d.mean() < 0;
        String amount = metric.formatDifference(Math.abs(d.mean()));
        String ci = d.hasCi() ? " (95% CI " + signed(recLower ? -d.ci95High() : d.ci95Low()) + " to "
                + signed(recLower ? -d.ci95Low() : d.ci95High()) + ")" : "";
        StringBuilder s = new StringBuilder();
        if (d.mean() == 0) {
            s.append("It ties with ").append(esc(runner)).append(" on ").append(esc(metric.label().toLowerCase(Locale.ROOT)));
        } else if (name.endsWith("cost")) {
            s.append("It costs ").append(amount).append(recLower ? " less" : " more").append(" than ")
                    .append(esc(runner)).append(' ').append(period()).append(ci);
        } else {
            s.append("Its ").append(esc(metric.label().toLowerCase(Locale.ROOT))).append(" is ").append(amount)
                    .append(recLower ? " lower" : " higher").append(" than ").append(esc(runner)).append("&#8217;s")
                    .append(metric.kind() == Metric.Kind.RATIO ? "" : " " + period()).append(ci);
        }
        s.append(fillClause(r.policy(best), r.policy(runner))).append(". ");
        s.append(evidence(d));
        if (rec.excluded().contains(runner)) {
            s.append(" For contrast: ").append(esc(runner))
                    .append(" has the next-best fill rate but falls outside the fill-rate rule.");
        }
        return s.toString();
    }

    private String evidence(PairedDifference d) {
        String label = esc(metric.label().toLowerCase(Locale.ROOT));
        if (d.pairs() == 0) {
            return "No paired interval: replications.csv has no usable " + esc(metric.name())
                    + " values for both policies, so this is the difference of the summary means.";
        }
        if (!d.hasCi()) {
            return "Paired over a single replication, so there is no confidence interval.";
        }
        String s = "Difference paired over " + d.pairs() + " replications on common random numbers.";
        if (!d.clear()) {
            s += " The interval includes zero: on this evidence the two policies are not clearly different in "
                    + label + "; more replications would narrow it.";
        }
        return s;
    }

    private String fillClause(PolicyResult best, PolicyResult runner) {
        if (FILL.name().equals(metric.name())) {
            return "";
        }
        MetricStat a = best.metric(FILL.name());
        if (!a.defined()) {
            return "";
        }
        if (runner == null) {
            return " at a fill rate of " + FILL.format(a.mean());
        }
        MetricStat b = runner.metric(FILL.name());
        return " at a fill rate of " + FILL.format(a.mean()) + (b.defined() ? " vs " + FILL.format(b.mean()) : "");
    }

    private String rule() {
        String label = esc(metric.label().toLowerCase(Locale.ROOT));
        String direction = rec.objective().minimize() ? "lowest" : "highest";
        StringBuilder s = new StringBuilder("Rule (the scenario&#8217;s objective): the ").append(direction).append(' ')
                .append(label);
        boolean tolerance = rec.objective().usesFillRateTolerance() && !Double.isNaN(rec.bestFillRate());
        if (tolerance) {
            s.append(" among the policies whose fill rate is within ").append(points(rec.objective().fillRateTolerance()))
                    .append(" of the best fill rate (").append(FILL.format(rec.bestFillRate()))
                    .append(")");
        }
        s.append('.');
        if (!rec.excluded().isEmpty()) {
            s.append(" Left out by the fill-rate rule: ");
            for (int i = 0; i < rec.excluded().size(); i++) {
                String p = rec.excluded().get(i);
                s.append(i == 0 ? "" : ", ").append(esc(p)).append(" (")
                        .append(FILL.format(r.policy(p).metric(FILL.name()).mean())).append(')');
            }
            s.append('.');
        }
        return s.toString();
    }

    /** A fill-rate tolerance as words, e.g. "1 percentage point" or "0.5 percentage points". */
    static String points(double fraction) {
        String n = MetricInfo.number(100 * fraction, "0.##");
        return n + ("1".equals(n) ? " percentage point" : " percentage points");
    }

    private String period() {
        double days = r.manifest().measuredDays();
        return "over the " + Html.days(days) + " days" + (r.manifest().warmupDays() > 0 ? " after the warm-up" : "");
    }

    private String signed(double v) {
        return v < 0 ? "&#8722;" + metric.formatDifference(-v) : metric.formatDifference(v);
    }

    private String tiles(String best, String runner) {
        StringBuilder b = new StringBuilder("<section class=\"kpis-section\">\n<h2>Key figures for ")
                .append(Html.policy(palette, best)).append("</h2>\n<div class=\"kpis\">\n");
        PolicyResult p = r.policy(best);
        for (Metric kpi : KPIS) {
            String name = kpi.key();
            if (!r.metricNames().contains(name) || !SubstitutionNote.shows(kpi, r)) {
                continue;
            }
            MetricInfo info = MetricInfo.of(kpi);
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
