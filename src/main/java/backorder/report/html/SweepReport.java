package backorder.report.html;

import backorder.report.chart.PolicyPalette;
import backorder.report.chart.WrittenChart;
import backorder.report.results.MetricInfo;
import backorder.report.results.MetricStat;
import backorder.metric.Objective;
import backorder.report.results.SweepManifest;
import backorder.report.results.SweepTable;
import backorder.report.results.SweepTable.Setting;
import static backorder.report.html.Html.esc;

import java.util.List;
import java.util.Locale;

/**
 * Assembles a sweep's report.html: which settings are worth considering and why (the best on the
 * objective, the non-dominated settings), the trade-off chart, fill rate per grid point, and the method.
 */
public final class SweepReport {

    private SweepReport() { }

    /** The complete, self-contained page, drawn from sweep.csv's table and the run's manifest. */
    public static String render(SweepTable t, SweepManifest m, List<WrittenChart> charts) {
        PolicyPalette palette = PolicyPalette.of(t.policies());
        SweepFindings f = SweepFindings.of(t, m.objective());
        int points = (int) t.settings().stream().mapToInt(Setting::point).distinct().count();
        StringBuilder b = new StringBuilder(1 << 18);
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc(m.scenario())).append(" \u2014 sweep report</title>\n")
                .append("<style>\n").append(ReportStyle.CSS).append("tr.best td { background: #f3f9f4; }\n")
                .append("</style>\n</head>\n<body>\n");
        b.append("<header>\n<h1>Which settings for ").append(esc(m.scenario())).append("?</h1>\n<p class=\"sub\">")
                .append("Backorder workbench sweep \u00b7 ").append(points).append(points == 1 ? " grid point" : " grid points")
                .append(" \u00d7 ").append(t.policies().size()).append(t.policies().size() == 1 ? " policy" : " policies")
                .append(" \u00b7 ").append(m.replications()).append(" replications each \u00b7 ")
                .append(Html.days(m.horizonDays())).append(" days</p>\n</header>\n<main>\n");
        b.append(headline(f, m));
        b.append(SweepTables.considered(f, palette));
        b.append(charts(charts));
        b.append(SweepTables.perPoint(f, palette));
        b.append(method(m));
        b.append("</main>\n<footer>Engine ").append(esc(m.engineVersion()))
                .append(" \u00b7 drawn from sweep.csv only.</footer>\n</body>\n</html>\n");
        return b.toString();
    }

    /** The findings as plain text for the terminal: the best on the objective and the settings worth considering. */
    public static String summary(SweepTable t, Objective o) {
        SweepFindings f = SweepFindings.of(t, o);
        MetricInfo objective = MetricInfo.of(o.metric());
        StringBuilder b = new StringBuilder();
        f.best().ifPresentOrElse(best -> {
            MetricStat s = best.metric(o.metric());
            b.append("best on the objective (").append(o.minimize() ? "lowest " : "highest ").append(o.metric())
                    .append(o.usesFillRateTolerance() ? " within the fill-rate tolerance" : "").append("): ")
                    .append(f.plainName(best)).append(": ").append(objective.format(s.mean()))
                    .append(s.hasCi() ? " (95% CI " + objective.format(s.ci95Low()) + " to "
                            + objective.format(s.ci95High()) + ")" : "")
                    .append(", fill rate ").append(MetricInfo.of("fill_rate").format(best.mean("fill_rate"))).append('\n');
        }, () -> b.append("no setting has a value for ").append(o.metric()).append('\n'));
        b.append("worth considering (").append(f.worthConsidering().size()).append(" of ").append(t.settings().size())
                .append(" settings, non-dominated or best): ");
        List<Setting> worth = f.worthConsidering();
        for (int i = 0; i < Math.min(12, worth.size()); i++) {
            b.append(i == 0 ? "" : "; ").append(f.plainName(worth.get(i)));
        }
        return b.append(worth.size() > 12 ? "; ... (see report.html)\n" : "\n").toString();
    }

    private static String headline(SweepFindings f, SweepManifest m) {
        StringBuilder b = new StringBuilder("<section class=\"headline\" id=\"headline\">\n<h2 class=\"verdict\">")
                .append("Worth considering: ").append(f.worthConsidering().size()).append(" of ")
                .append(f.table().settings().size()).append(" settings.</h2>\n<p class=\"because\">");
        MetricInfo objective = MetricInfo.of(m.objective().metric());
        if (f.best().isEmpty()) {
            b.append("No setting has a value for ").append(esc(objective.label().toLowerCase(Locale.ROOT)))
                    .append(", so the objective picks none. ");
        } else {
            Setting best = f.best().get();
            MetricStat s = best.metric(objective.name());
            b.append("Best on the objective: <strong>").append(f.name(best)).append("</strong>, ")
                    .append(esc(objective.label().toLowerCase(Locale.ROOT))).append(' ').append(objective.format(s.mean()))
                    .append(s.hasCi() ? " (95% CI " + objective.format(s.ci95Low()) + " to "
                            + objective.format(s.ci95High()) + ")" : "")
                    .append(" at a fill rate of ").append(MetricInfo.of("fill_rate").format(best.mean("fill_rate")))
                    .append(". ").append(closeCalls(f, best, objective));
        }
        b.append(frontSentence(f)).append("</p>\n<p class=\"rule\">").append(rule(m.objective(), f)).append("</p>\n");
        return b.append("</section>\n").toString();
    }

    /** How many other settings' intervals on the objective overlap the best one's. */
    private static String closeCalls(SweepFindings f, Setting best, MetricInfo objective) {
        MetricStat b = best.metric(objective.name());
        if (!b.hasCi()) {
            return "";
        }
        long overlapping = f.table().settings().stream().filter(s -> !s.equals(best)).map(s -> s.metric(objective.name()))
                .filter(s -> s.hasCi() && s.ci95Low() <= b.ci95High() && s.ci95High() >= b.ci95Low()).count();
        if (overlapping == 0) {
            return "No other setting&#8217;s interval overlaps it. ";
        }
        return overlapping + (overlapping == 1 ? " other setting has an interval" : " other settings have intervals")
                + " overlapping it: close calls that more replications would separate. ";
    }

    /** The objective/fill-rate front from its lowest to its highest fill rate, and what a point of service costs along it. */
    private static String frontSentence(SweepFindings f) {
        List<Setting> front = f.serviceFrontByFillRate();
        String y = esc(SweepFindings.label(f.service().y()));
        if (front.size() < 2) {
            return front.isEmpty() ? "" : "One setting is best on both " + y + " and fill rate; every other setting is"
                    + " beaten by it on both.";
        }
        MetricInfo yInfo = MetricInfo.of(f.service().y());
        MetricInfo fill = MetricInfo.of("fill_rate");
        Setting low = front.get(0);
        Setting high = front.get(front.size() - 1);
        StringBuilder s = new StringBuilder("Trading ").append(y).append(" against fill rate, ").append(front.size())
                .append(" settings are non-dominated: from ").append(f.name(low)).append(" at a fill rate of ")
                .append(fill.format(low.mean("fill_rate"))).append(" and ").append(y).append(' ')
                .append(yInfo.format(low.mean(yInfo.name()))).append(" to ").append(f.name(high)).append(" at ")
                .append(fill.format(high.mean("fill_rate"))).append(" and ").append(yInfo.format(high.mean(yInfo.name())))
                .append("; every other setting is beaten on both by one of them.");
        double points = 100 * (high.mean("fill_rate") - low.mean("fill_rate"));
        if (points > 0) {
            s.append(" From the one to the other, each point of fill rate changes ").append(y).append(" by ")
                    .append(SweepTables.signed(yInfo, (high.mean(yInfo.name()) - low.mean(yInfo.name())) / points))
                    .append(" on average (step by step in the table below).");
        }
        return s.toString();
    }

    private static String rule(Objective o, SweepFindings f) {
        String label = esc(MetricInfo.of(o.metric()).label().toLowerCase(Locale.ROOT));
        StringBuilder s = new StringBuilder("Rule (the scenario&#8217;s objective): the ")
                .append(o.minimize() ? "lowest " : "highest ").append(label);
        if (o.usesFillRateTolerance()) {
            s.append(" among the settings whose fill rate is within ").append(HeadlineSection.points(o.fillRateTolerance()))
                    .append(" of the best fill rate");
        }
        return s.append(". Non-dominated: no other setting has a mean at least as good on both metrics of a trade-off "
                + "and better on one (").append(esc(SweepFindings.label(f.service().y())))
                .append(" and fill rate; lost customers and total cost).").toString();
    }

    private static String charts(List<WrittenChart> charts) {
        StringBuilder b = new StringBuilder("<section id=\"charts\">\n<h2>Trade-offs</h2>\n");
        if (charts.isEmpty()) {
            b.append("<p class=\"note\">No setting has the values to chart.</p>\n");
        }
        for (WrittenChart c : charts) {
            b.append(Html.figure(c, ""));
        }
        return b.append("</section>\n").toString();
    }

    private static String method(SweepManifest m) {
        StringBuilder b = new StringBuilder("<section id=\"method\">\n<h2>Method</h2>\n<p>");
        b.append("Each grid point is the scenario with the <code>--vary</code> values written into it and validated "
                + "like the file itself, run over ").append(m.replications()).append(" replications of ")
                .append(Html.days(m.horizonDays())).append(" days with seed <code>").append(m.seed())
                .append("</code>. The seed is the same at every point (common random numbers): replication <em>r</em> "
                        + "of every point sees the same demand, lead-time and customer draws, so differences between "
                        + "points come from the settings, not from luck, and are measured more precisely than the "
                        + "separate confidence intervals suggest. ")
                .append(m.warmupDays() > 0 ? "Metrics count only events after a warm-up of " + Html.days(m.warmupDays())
                        + " days. " : "There is no warm-up: metrics count the whole horizon. ")
                .append("Dominance is judged on the means; settings whose intervals overlap may not really differ.</p>\n");
        m.notes().forEach(n -> b.append("<p class=\"note\">").append(esc(n)).append("</p>\n"));
        b.append("<dl class=\"facts\">\n");
        fact(b, "Varied", String.join("<br>", m.varied().stream().map(v -> "<code>--vary " + esc(v) + "</code>").toList()));
        fact(b, "Replications", String.valueOf(m.replications()));
        fact(b, "Seed", "<code>" + m.seed() + "</code>");
        fact(b, "Objective", "<code>" + esc(m.objective().metric()) + "</code>, "
                + (m.objective().minimize() ? "minimise" : "maximise"));
        fact(b, "Scenario file", "<code>" + esc(m.scenarioFile()) + "</code>");
        fact(b, "Scenario SHA-256", "<code class=\"hash\">" + esc(m.scenarioSha256()) + "</code>");
        fact(b, "Drawn from", "<code>sweep.csv</code> in the sweep&#8217;s folder; the chart also as PNG and SVG in "
                + "<code>charts/</code>");
        return b.append("</dl>\n</section>\n").toString();
    }

    private static void fact(StringBuilder b, String term, String html) {
        b.append("<dt>").append(term).append("</dt><dd>").append(html).append("</dd>\n");
    }
}
