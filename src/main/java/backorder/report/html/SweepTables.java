package backorder.report.html;

import backorder.report.chart.PolicyPalette;
import backorder.report.results.MetricInfo;
import backorder.report.results.MetricStat;
import backorder.report.results.SweepTable;
import backorder.report.results.SweepTable.Setting;
import static backorder.report.html.Html.esc;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The sweep report's two tables: the settings worth considering with the reasons, and fill rate per grid point. */
final class SweepTables {

    /** At most this many grid points are listed per table (sweep.csv has them all). */
    static final int MAX_ROWS = 200;

    private SweepTables() { }

    /** Worth considering: each setting with its values, the key metrics and why it is listed. */
    static String considered(SweepFindings f, PolicyPalette palette) {
        SweepTable t = f.table();
        List<String> metrics = List.copyOf(new LinkedHashSet<>(
                List.of(f.objective().metric(), "fill_rate", "total_cost", "lost_customers")));
        StringBuilder b = new StringBuilder("<section id=\"considered\">\n<h2>Settings worth considering</h2>\n")
                .append("<p class=\"note\">").append(f.worthConsidering().size()).append(" of ")
                .append(t.settings().size()).append(" settings: the best on the objective (<span class=\"best-key\">"
                        + "highlighted</span>) and the non-dominated ones, those that no other setting beats on both "
                        + "metrics of a trade-off (").append(esc(SweepFindings.label(f.service().y())))
                .append(" and fill rate; lost customers and total cost). Mean across replications with the 95% "
                        + "confidence interval underneath. The last column prices service along the first "
                        + "trade-off: the change in ").append(esc(SweepFindings.label(f.service().y())))
                .append(" per percentage point of fill rate, from the non-dominated setting with the next lower "
                        + "fill rate.</p>\n");
        b.append(Html.openTable("metrics") + "\n<thead><tr><th>Point</th>");
        t.parameters().forEach(p -> b.append("<th class=\"path\"><code>").append(Html.breakable(p))
                .append("</code></th>"));
        b.append("<th class=\"left\">Policy</th>");
        metrics.forEach(m -> b.append("<th>").append(esc(MetricInfo.of(m).label())).append("</th>"));
        b.append("<th class=\"left\">Why</th><th>").append(esc(MetricInfo.of(f.service().y()).label()))
                .append(" per fill-rate point</th></tr></thead>\n<tbody>\n");
        MetricInfo y = MetricInfo.of(f.service().y());
        List<Setting> rows = f.worthConsidering();
        for (Setting s : rows.subList(0, Math.min(MAX_ROWS, rows.size()))) {
            b.append(f.isBest(s) ? "<tr class=\"best\">" : "<tr>").append("<td>").append(s.point()).append("</td>");
            s.values().forEach(v -> b.append("<td>").append(esc(v)).append("</td>"));
            b.append("<td class=\"left\">").append(Html.policy(palette, s.policy())).append("</td>");
            for (String m : metrics) {
                b.append(f.isBest(s) && m.equals(f.objective().metric()) ? "<td class=\"best\">" : "<td>")
                        .append(value(MetricInfo.of(m), s.metric(m))).append("</td>");
            }
            double perPoint = f.changePerFillPoint(s);
            b.append("<td class=\"left\">").append(f.reasons(s)).append("</td><td>")
                    .append(Double.isNaN(perPoint) ? "&#8212;" : signed(y, perPoint)).append("</td></tr>\n");
        }
        b.append("</tbody>\n" + Html.CLOSE_TABLE + "\n");
        if (rows.size() > MAX_ROWS) {
            b.append("<p class=\"note\">The first ").append(MAX_ROWS).append(" of ").append(rows.size())
                    .append(" are listed; sweep.csv has every setting.</p>\n");
        }
        return b.append("</section>\n").toString();
    }

    /** Fill rate per point: one row per grid point; per policy its fill rate, objective and what beats it. */
    static String perPoint(SweepFindings f, PolicyPalette palette) {
        SweepTable t = f.table();
        MetricInfo fill = MetricInfo.of("fill_rate");
        MetricInfo objective = MetricInfo.of(f.service().y());
        Map<Integer, Map<String, Setting>> byPoint = new TreeMap<>();
        t.settings().forEach(s -> byPoint.computeIfAbsent(s.point(), k -> new java.util.LinkedHashMap<>())
                .put(s.policy(), s));
        StringBuilder b = new StringBuilder("<section id=\"points\">\n<h2>Fill rate per point</h2>\n<p class=\"note\">")
                .append("For each grid point and policy: the fill rate, the ").append(esc(objective.label().toLowerCase(
                        java.util.Locale.ROOT))).append(", and a setting that beats it on both (&#8220;beaten by&#8221;, "
                        + "point and policy) or <span class=\"best-key\">non-dominated</span>.</p>\n")
                .append(Html.openTable("metrics") + "\n<thead><tr><th>Point</th>");
        t.parameters().forEach(p -> b.append("<th class=\"path\"><code>").append(Html.breakable(p))
                .append("</code></th>"));
        for (String p : t.policies()) {
            b.append("<th>").append(Html.policy(palette, p)).append("<br>fill rate</th><th>")
                    .append(esc(objective.label())).append("</th><th class=\"left\">beaten by</th>");
        }
        b.append("</tr></thead>\n<tbody>\n");
        int shown = 0;
        for (Map.Entry<Integer, Map<String, Setting>> e : byPoint.entrySet()) {
            if (shown++ == MAX_ROWS) {
                break;
            }
            Setting any = e.getValue().values().iterator().next();
            b.append("<tr><td>").append(e.getKey()).append("</td>");
            any.values().forEach(v -> b.append("<td>").append(esc(v)).append("</td>"));
            for (String p : t.policies()) {
                b.append(pointCells(f, t, e.getValue().get(p), fill, objective));
            }
            b.append("</tr>\n");
        }
        b.append("</tbody>\n" + Html.CLOSE_TABLE + "\n");
        if (byPoint.size() > MAX_ROWS) {
            b.append("<p class=\"note\">The first ").append(MAX_ROWS).append(" of ").append(byPoint.size())
                    .append(" points are listed; sweep.csv has every point.</p>\n");
        }
        return b.append("</section>\n").toString();
    }

    private static String pointCells(SweepFindings f, SweepTable t, Setting s, MetricInfo fill, MetricInfo objective) {
        if (s == null) {
            return "<td>&#8212;</td><td>&#8212;</td><td></td>";
        }
        String beaten = f.serviceFront().contains(s) ? "<td class=\"left best\">non-dominated</td>"
                : f.beatenBy(s).map(d -> "<td class=\"left\">" + f.name(d) + "</td>")
                .orElse("<td class=\"left\">&#8212;</td>");
        return "<td>" + value(fill, s.metric("fill_rate")) + "</td><td>" + value(objective, s.metric(objective.name()))
                + "</td>" + beaten;
    }

    /** A difference with its sign ("+1,200", "&#8722;35"). */
    static String signed(MetricInfo info, double d) {
        return d < 0 ? "&#8722;" + info.formatDifference(-d) : "+" + info.formatDifference(d);
    }

    /** A mean with its CI underneath, as in the run report's metric table. */
    static String value(MetricInfo info, MetricStat s) {
        String v = info.format(s.mean());
        return s.hasCi() ? v + "<span class=\"ci\">" + info.format(s.ci95Low()) + " to " + info.format(s.ci95High())
                + "</span>" : v;
    }
}
