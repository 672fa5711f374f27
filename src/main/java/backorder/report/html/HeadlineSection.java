package backorder.report.html;

import backorder.metric.Metric;
import backorder.report.results.MetricInfo;
import backorder.report.results.MetricStat;
import backorder.report.results.PolicyResult;
import backorder.report.results.RunResults;
import static backorder.report.html.Html.esc;

import backorder.report.chart.PolicyPalette;
import java.util.Locale;

/**
 * The report's opening: the recommendation and its money trade-off in plain words (against the
 * runner-up and the cheapest policy), the constraints' exclusions, the rule, then the KPI tiles.
 */
final class HeadlineSection {

    private static final MetricInfo FILL = MetricInfo.of(Metric.FILL_RATE);

    private final RunResults r;
    private final Recommendation rec;
    private final PolicyPalette palette;
    private final MetricInfo metric;

    private HeadlineSection(RunResults r, Recommendation rec, PolicyPalette palette) {
        this.r = r;
        this.rec = rec;
        this.palette = palette;
        this.metric = r.info(rec.objective().metric());
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
            b.append("<h2 class=\"verdict\">No recommendation.</h2>\n<p>No eligible policy has a value for ")
                    .append(esc(metric.label().toLowerCase(Locale.ROOT))).append(" (<code>")
                    .append(esc(metric.name())).append("</code>) in summary.json, so the objective cannot decide.</p>\n");
        } else {
            String best = rec.recommended().orElseThrow();
            TradeOff trade = new TradeOff(r, rec, period());
            b.append("<h2 class=\"verdict\">Recommended: <strong class=\"policy-name\">").append(esc(best))
                    .append("</strong>.</h2>\n<p class=\"because\">").append(why(best)).append(' ')
                    .append(rec.runnerUp().map(trade::runnerUp).orElseGet(() -> alone(best))).append("</p>\n");
            paragraph(b, "cheapest", trade.cheapest());
            b.append(SubstitutionNote.paragraph(r, best, rec.runnerUp().orElse(null)));
        }
        paragraph(b, "constraints", ObjectiveWords.exclusions(r, rec));
        paragraph(b, "rule", ObjectiveWords.rule(r, rec));
        b.append("</section>\n");
        rec.recommended().ifPresent(best -> b.append(KpiTiles.render(r, palette, best, rec.runnerUp().orElse(null))));
        return b.toString();
    }

    private static void paragraph(StringBuilder b, String cssClass, String html) {
        if (!html.isEmpty()) {
            b.append("<p class=\"").append(cssClass).append("\">").append(html).append("</p>\n");
        }
    }

    /** Why it leads: best on the objective, among the policies meeting the conditions when some are left out. */
    private String why(String best) {
        if (r.policies().size() == 1) {
            return "";
        }
        String objective = ObjectiveWords.best(rec.objective());
        if (rec.excluded().isEmpty() || rec.noneQualifies()) {
            return "It has " + objective + " of the " + r.policies().size() + " policies.";
        }
        String conditions = ObjectiveWords.conditions(rec.objective(), rec.bestFillRate());
        if (rec.excluded().size() == r.policies().size() - 1) {
            return "It is the only policy that meets " + conditions + ".";
        }
        return "It has " + objective + " of the policies that meet " + conditions + ".";
    }

    private String alone(String best) {
        PolicyResult p = r.policy(best);
        return esc(best) + " is the only policy in this run, so there is nothing to compare it with. Its "
                + esc(metric.label().toLowerCase(Locale.ROOT)) + " is " + metric.format(p.metric(metric.name()).mean())
                + " " + period() + fillClause(p) + ".";
    }

    private String fillClause(PolicyResult best) {
        MetricStat a = best.metric(FILL.name());
        return FILL.name().equals(metric.name()) || !a.defined() ? "" : " at a fill rate of " + FILL.format(a.mean());
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
}
