package backorder.report.html;

import backorder.report.chart.PolicyPalette;
import backorder.report.results.MatrixManifest;
import backorder.report.results.MatrixManifest.ScenarioInfo;
import backorder.report.results.MatrixTable;
import backorder.report.results.MatrixTable.Standing;
import backorder.report.results.MetricInfo;
import backorder.report.results.MetricStat;
import static backorder.report.html.Html.esc;

import java.util.List;
import java.util.Locale;

/** The matrix report's tables: the ranking by worst-case regret, the regret heat map and the objective's means. */
final class MatrixTables {

    /** Styles of the heat map's cells, added to the report's sheet. */
    static final String CSS = """
            table.heat td { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
            table.heat td.zero { background: #e3f1e6; font-weight: 700; }
            table.heat td .rank { display: block; font-size: 11px; font-weight: 400; opacity: 0.8; }
            .legend span { display: inline-block; width: 3em; height: 0.9em; vertical-align: -0.1em; }
            """;

    private MatrixTables() { }

    /** Policies by worst-case regret, with where it happens, the mean regret and the ranks. */
    static String ranking(MatrixTable t, MatrixManifest m, List<Standing> standings, PolicyPalette palette) {
        StringBuilder b = new StringBuilder("<section id=\"ranking\">\n<h2>Ranking by worst-case regret</h2>\n")
                .append("<p class=\"note\">A policy&#8217;s regret in a scenario is how far its mean on that "
                        + "scenario&#8217;s objective falls behind the scenario&#8217;s best (0 for the best). The "
                        + "worst case is its largest regret over the scenarios; the mean regret breaks ties. A policy "
                        + "failing a constraint of a scenario (where another policy meets them) ranks after those "
                        + "that never do; its regret there may be negative: it beats the recommended policy on the "
                        + "objective but is not allowed.</p>\n")
                .append(Html.openTable("metrics") + "\n<thead><tr><th>#</th><th class=\"left\">Policy</th>"
                        + "<th>Worst-case regret</th><th class=\"left\">In</th><th>Ranks</th>"
                        + "<th>Scenarios failing a constraint</th></tr></thead>\n<tbody>\n");
        for (int i = 0; i < standings.size(); i++) {
            Standing s = standings.get(i);
            b.append(i == 0 ? "<tr class=\"best\">" : "<tr>").append("<td>").append(i + 1)
                    .append("</td><td class=\"left\">").append(Html.policy(palette, s.policy())).append("</td><td>")
                    .append(s.worstScenario() == null ? "&#8212;"
                            : esc(MatrixReport.regret(t, s.worstScenario(), s.worst())))
                    .append("</td><td class=\"left\">").append(s.worstScenario() == null ? "&#8212;" : esc(s.worstScenario()))
                    .append("</td><td>").append(String.join(", ", s.ranks().stream().map(r -> r == 0 ? "&#8212;" : "" + r)
                            .toList())).append("</td><td>").append(s.failing()).append("</td></tr>\n");
        }
        return b.append("</tbody>\n" + Html.CLOSE_TABLE + "\n<p class=\"note\">Ranks are in scenario order: ")
                .append(esc(String.join(", ", t.scenarios()))).append(".</p>\n</section>\n").toString();
    }

    /** Policy × scenario, each cell the regret (and rank) on a background from green (best) to red (largest). */
    static String heatMap(MatrixTable t, MatrixManifest m, List<Standing> standings, PolicyPalette palette) {
        double max = 0;
        for (String s : t.scenarios()) {
            for (String p : t.policies()) {
                double r = t.regret(s, p);
                max = Double.isFinite(r) ? Math.max(max, r) : max;
            }
        }
        StringBuilder b = new StringBuilder("<section id=\"heat-map\">\n<h2>Regret by scenario</h2>\n")
                .append("<p class=\"note legend\">Colour: <span style=\"background:#e3f1e6\"></span> best in the "
                        + "scenario, then from <span style=\"background:").append(colour(0.05)).append("\"></span> a "
                        + "small regret to <span style=\"background:").append(colour(1)).append("\"></span> the "
                        + "largest in the table (").append(largest(t, max)).append("), by the square root of the "
                        + "regret&#8217;s share of the largest. &#8224; fails a constraint of the scenario&#8217;s "
                        + "objective that another policy meets.</p>\n" + Html.openTable("metrics heat")
                        + "\n<thead><tr><th class=\"left\">Policy</th>");
        for (String s : t.scenarios()) {
            ScenarioInfo info = m.scenario(s);
            b.append("<th>").append(esc(s)).append("<span class=\"ci\">")
                    .append(info == null ? "" : esc(MatrixReport.objective(info))).append("</span></th>");
        }
        b.append("</tr></thead>\n<tbody>\n");
        for (Standing st : standings) {
            b.append("<tr><th class=\"left\">").append(Html.policy(palette, st.policy())).append("</th>");
            for (int i = 0; i < t.scenarios().size(); i++) {
                b.append(cell(t, m, t.scenarios().get(i), st, i, max));
            }
            b.append("</tr>\n");
        }
        return b.append("</tbody>\n" + Html.CLOSE_TABLE + "\n</section>\n").toString();
    }

    private static String cell(MatrixTable t, MatrixManifest m, String scenario, Standing st, int i, double max) {
        double r = st.regrets().get(i);
        String mark = t.fails(m, scenario, st.policy()) ? " &#8224;" : "";
        String rank = st.ranks().get(i) == 0 ? "" : "<span class=\"rank\">rank " + st.ranks().get(i) + "</span>";
        if (Double.isNaN(r)) {
            return "<td style=\"background:#eeeeee\">&#8212;" + mark + rank + "</td>";
        }
        if (r <= 0) {
            return "<td class=\"zero\">" + esc(MatrixReport.regret(t, scenario, r)) + mark + rank + "</td>";
        }
        // square root: the small regrets that separate the good policies stay visible beside a large one
        double f = max > 0 ? Math.sqrt(r / max) : 0;
        return "<td style=\"background:" + colour(f) + (f > 0.6 ? ";color:#fff" : "") + "\">"
                + esc(MatrixReport.regret(t, scenario, r)) + mark + rank + "</td>";
    }

    /** From a pale to a deep red as the fraction of the largest regret goes from 0 to 1. */
    static String colour(double fraction) {
        double f = Math.max(0, Math.min(1, fraction));
        int r = (int) Math.round(254 + (165 - 254) * f);
        int g = (int) Math.round(229 + (15 - 229) * f);
        int b = (int) Math.round(217 + (21 - 217) * f);
        return String.format(Locale.ROOT, "#%02x%02x%02x", r, g, b);
    }

    private static String largest(MatrixTable t, double max) {
        for (String s : t.scenarios()) {
            for (String p : t.policies()) {
                if (t.regret(s, p) == max) {
                    return esc(MatrixReport.regret(t, s, max)) + ", " + esc(p) + " in " + esc(s);
                }
            }
        }
        return "none";
    }

    /** Each policy's mean on each scenario's objective, with its 95% interval. */
    static String means(MatrixTable t, MatrixManifest m, List<Standing> standings, PolicyPalette palette) {
        StringBuilder b = new StringBuilder("<section id=\"means\">\n<h2>The objectives&#8217; means</h2>\n")
                .append("<p class=\"note\">Mean across replications with the 95% confidence interval underneath; the "
                        + "scenario&#8217;s best highlighted.</p>\n" + Html.openTable("metrics") + "\n<thead><tr>"
                        + "<th class=\"left\">Policy</th>");
        t.scenarios().forEach(s -> b.append("<th>").append(esc(s)).append("<span class=\"ci\">")
                .append(esc(label(t.objectiveMetric(s)))).append("</span></th>"));
        b.append("</tr></thead>\n<tbody>\n");
        for (Standing st : standings) {
            b.append("<tr><th class=\"left\">").append(Html.policy(palette, st.policy())).append("</th>");
            for (int i = 0; i < t.scenarios().size(); i++) {
                String metric = t.objectiveMetric(t.scenarios().get(i));
                MatrixTable.Cell c = metric == null ? null : t.cell(t.scenarios().get(i), st.policy(), metric);
                MetricStat s = c == null ? MetricStat.UNDEFINED : c.stat();
                MetricInfo info = MetricInfo.of(metric == null ? "" : metric);
                b.append(st.ranks().get(i) == 1 ? "<td class=\"best\">" : "<td>").append(esc(info.format(s.mean())))
                        .append(s.hasCi() ? "<span class=\"ci\">" + esc(info.format(s.ci95Low())) + " to "
                                + esc(info.format(s.ci95High())) + "</span>" : "").append("</td>");
            }
            b.append("</tr>\n");
        }
        return b.append("</tbody>\n" + Html.CLOSE_TABLE + "\n</section>\n").toString();
    }

    private static String label(String metric) {
        return metric == null ? "" : MetricInfo.of(metric).label().toLowerCase(Locale.ROOT);
    }
}
