package backorder.report.html;

import backorder.metric.Constraint;
import backorder.report.chart.PolicyPalette;
import backorder.report.results.MatrixManifest;
import backorder.report.results.MatrixManifest.ScenarioInfo;
import backorder.report.results.MatrixTable;
import backorder.report.results.MatrixTable.Standing;
import backorder.report.results.MetricInfo;
import static backorder.report.html.Html.esc;

import java.util.List;
import java.util.Locale;

/**
 * Assembles a robustness matrix's report.html: the policy with the smallest worst-case regret, the
 * ranking by worst-case regret, a heat map of regret (policy × scenario), the objective's means,
 * and the method; drawn from matrix.csv and the run's manifest.
 */
public final class MatrixReport {

    private MatrixReport() { }

    /** The complete, self-contained page. */
    public static String render(MatrixTable t, MatrixManifest m) {
        List<Standing> standings = t.standings(m);
        PolicyPalette palette = PolicyPalette.of(t.policies());
        StringBuilder b = new StringBuilder(1 << 16);
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Robustness matrix \u2014 ").append(t.scenarios().size()).append(" scenarios</title>\n")
                .append("<style>\n").append(ReportStyle.CSS).append(MatrixTables.CSS).append("</style>\n</head>\n<body>\n");
        b.append("<header>\n<h1>Which policy holds up across ").append(t.scenarios().size())
                .append(" scenarios?</h1>\n<p class=\"sub\">Backorder workbench robustness matrix \u00b7 ")
                .append(t.policies().size()).append(" shared policies \u00b7 ")
                .append(esc(String.join(", ", t.scenarios()))).append("</p>\n</header>\n<main>\n");
        b.append(headline(t, m, standings, palette));
        b.append(MatrixTables.ranking(t, m, standings, palette));
        b.append(MatrixTables.heatMap(t, m, standings, palette));
        b.append(MatrixTables.means(t, m, standings, palette));
        b.append(method(t, m));
        b.append("</main>\n<footer>Engine ").append(esc(m.engineVersion()))
                .append(" \u00b7 drawn from matrix.csv only.</footer>\n</body>\n</html>\n");
        return b.toString();
    }

    /** The ranking as plain text for the terminal. */
    public static String summary(MatrixTable t, MatrixManifest m) {
        StringBuilder b = new StringBuilder("policies by worst-case regret over ").append(t.scenarios().size())
                .append(" scenarios (regret: distance from the scenario's best on its objective; ranks in the order ")
                .append(String.join(", ", t.scenarios())).append("):\n");
        List<Standing> standings = t.standings(m);
        for (int i = 0; i < standings.size(); i++) {
            Standing s = standings.get(i);
            b.append(String.format(Locale.ROOT, "%3d. %-24s worst %s", i + 1, s.policy(),
                    s.worstScenario() == null ? "\u2014" : regret(t, s.worstScenario(), s.worst())));
            if (s.worstScenario() != null) {
                b.append(" (").append(s.worstScenario()).append(')');
            }
            b.append(", ranks ").append(String.join(" ", s.ranks().stream().map(r -> r == 0 ? "-" : "" + r).toList()));
            b.append(s.failing() == 0 ? "" : ", fails a constraint in " + s.failing() + " of " + t.scenarios().size())
                    .append('\n');
        }
        return b.toString();
    }

    /** A regret in its scenario's objective's unit, e.g. "1,240" or "2.5 points". */
    static String regret(MatrixTable t, String scenario, double regret) {
        String metric = t.objectiveMetric(scenario);
        return metric == null ? "\u2014" : MetricInfo.of(metric).formatDifference(regret);
    }

    private static String headline(MatrixTable t, MatrixManifest m, List<Standing> standings, PolicyPalette palette) {
        StringBuilder b = new StringBuilder("<section class=\"headline\" id=\"headline\">\n<h2 class=\"verdict\">");
        Standing best = standings.isEmpty() ? null : standings.get(0);
        if (best == null || best.worstScenario() == null) {
            b.append("No ranking: some scenario gives no policy a value on its objective.</h2>\n");
            return b.append("</section>\n").toString();
        }
        boolean constrained = m.scenarios().stream().anyMatch(s -> !s.objective().constraints().isEmpty());
        b.append(best.failing() > 0 ? "No policy meets every scenario&#8217;s constraints; fewest failures: "
                : "Most robust: ").append(esc(best.policy())).append(".</h2>\n<p class=\"because\">")
                .append(best.failing() > 0 ? "It fails a constraint in " + best.failing() + " of "
                        + t.scenarios().size() + " scenarios. " : constrained
                        ? "It meets every scenario&#8217;s constraints. " : "")
                .append(best.worst() <= 0 ? "It is the best policy in every scenario. "
                        : "Its largest regret is " + esc(regret(t, best.worstScenario(), best.worst())) + " ("
                        + esc(label(t, best.worstScenario())) + ", in " + esc(best.worstScenario()) + "): in no scenario does it fall further behind that "
                        + "scenario&#8217;s best on the scenario&#8217;s objective. ");
        long wins = best.ranks().stream().filter(r -> r == 1).count();
        b.append("It ranks first in ").append(wins).append(" of ").append(t.scenarios().size()).append(" scenarios. ");
        if (standings.size() > 1 && standings.get(1).worstScenario() != null) {
            Standing next = standings.get(1);
            b.append("Next: ").append(Html.policy(palette, next.policy())).append(", worst case ")
                    .append(esc(regret(t, next.worstScenario(), next.worst()))).append(" (in ")
                    .append(esc(next.worstScenario())).append(").");
        }
        b.append("</p>\n<p class=\"rule\">Rule: in each scenario the best is its rank-1 policy among these ")
                .append(t.policies().size()).append(" on the scenario&#8217;s own objective (the best mean among "
                        + "the policies meeting its constraints); a policy&#8217;s regret there is its distance from "
                        + "that best. Policies are ordered by their largest regret over the scenarios, then by their "
                        + "mean regret").append(constrained ? ", those failing a constraint somewhere (where another "
                        + "policy meets it) last, by the number of such scenarios" : "").append('.')
                .append(sameUnit(t)).append("</p>\n");
        return b.append("</section>\n").toString();
    }

    /** The scenario's objective metric as a lower-case label, e.g. "net value". */
    private static String label(MatrixTable t, String scenario) {
        String m = t.objectiveMetric(scenario);
        return m == null ? "" : MetricInfo.of(m).label().toLowerCase(Locale.ROOT);
    }

    /** Says when scenarios rank by different metrics (always in one unit: the run refuses others). */
    private static String sameUnit(MatrixTable t) {
        long metrics = t.scenarios().stream().map(t::objectiveMetric).distinct().count();
        return metrics <= 1 ? "" : " The scenarios&#8217; objectives differ (see the heat map&#8217;s column heads) but"
                + " share one unit, so their regrets are compared as they are.";
    }

    private static String method(MatrixTable t, MatrixManifest m) {
        StringBuilder b = new StringBuilder("<section id=\"method\">\n<h2>Method</h2>\n<p>");
        b.append("Each scenario was run as written (its own horizon, warm-up, products and suppliers) with only the "
                + "policies that every scenario names, on common random numbers within the scenario. Policies of the "
                + "same name are the same strategy tuned to each world (their lots and modes may differ). Rank and "
                + "regret are on each scenario&#8217;s objective; <code>matrix.csv</code> holds every metric&#8217;s "
                + "mean and 95% confidence interval as well. A regret is a difference of means: two policies whose "
                + "intervals overlap may not really differ in that scenario.</p>\n");
        m.notes().forEach(n -> b.append("<p class=\"note\">").append(esc(n)).append("</p>\n"));
        b.append(Html.openTable("metrics") + "\n<thead><tr><th>Scenario</th><th class=\"left\">Objective</th>"
                + "<th>Replications</th><th>Seed</th><th>Days</th><th class=\"left\">File</th></tr></thead>\n<tbody>\n");
        for (String s : t.scenarios()) {
            ScenarioInfo info = m.scenario(s);
            b.append("<tr><td>").append(esc(s)).append("</td>");
            if (info == null) {
                b.append("<td colspan=\"5\" class=\"left\">not in the manifest</td></tr>\n");
                continue;
            }
            b.append("<td class=\"left\">").append(esc(objective(info))).append("</td><td>").append(info.replications())
                    .append("</td><td><code>").append(info.seed()).append("</code></td><td>")
                    .append(Html.days(info.horizonDays() - info.warmupDays())).append("</td><td class=\"left\"><code>")
                    .append(esc(info.file())).append("</code></td></tr>\n");
        }
        return b.append("</tbody>\n" + Html.CLOSE_TABLE + "\n</section>\n").toString();
    }

    /** "net_value, max; fill_rate >= 0.9". */
    static String objective(ScenarioInfo info) {
        StringBuilder s = new StringBuilder(info.objective().metric()).append(", ").append(info.objective().direction());
        for (Constraint c : info.objective().constraints()) {
            s.append("; ").append(c.expr());
        }
        return s.toString();
    }
}
