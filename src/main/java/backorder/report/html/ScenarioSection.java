package backorder.report.html;

import backorder.report.results.DisruptionWindow;
import backorder.report.results.PolicyResult;
import backorder.report.results.RunManifest;
import backorder.report.results.RunResults;
import static backorder.report.html.Html.esc;

import backorder.report.chart.PolicyPalette;

/** The scenario in brief: facts, the policies compared, and the disruption timeline and table. */
final class ScenarioSection {

    private ScenarioSection() { }

    /** The section as HTML. */
    static String render(RunResults r, PolicyPalette palette) {
        RunManifest m = r.manifest();
        StringBuilder b = new StringBuilder("<section id=\"scenario\">\n<h2>The scenario</h2>\n<dl class=\"facts\">\n");
        fact(b, "Scenario", "<strong>" + esc(m.scenario()) + "</strong>");
        if (!m.description().isBlank()) {
            fact(b, "Description", esc(m.description()));
        }
        fact(b, "Horizon", Html.days(m.horizonDays()) + " days");
        fact(b, "Warm-up", m.warmupDays() > 0 ? Html.days(m.warmupDays()) + " days (not counted in the metrics)"
                : "none");
        fact(b, "Replications", String.valueOf(m.replications()));
        fact(b, "Products", String.valueOf(m.productCount()));
        StringBuilder policies = new StringBuilder();
        for (PolicyResult p : r.policies()) {
            policies.append(policies.length() == 0 ? "" : "; ").append(Html.policy(palette, p.name()))
                    .append(p.type().isEmpty() ? "" : " <span class=\"muted\">(" + esc(p.type()) + ")</span>");
        }
        fact(b, "Policies compared", policies.toString());
        b.append("</dl>\n<h3>Disruptions</h3>\n");
        // in a scroll box: on a phone the timeline keeps a legible width instead of shrinking its text
        b.append("<div class=\"scroll\">").append(TimelineSvg.render(r.disruptions(), m.horizonDays(), m.warmupDays()))
                .append("</div>\n");
        if (!r.disruptions().isEmpty()) {
            table(b, r);
        }
        return b.append("</section>\n").toString();
    }

    private static void table(StringBuilder b, RunResults r) {
        b.append(Html.openTable("disruptions")).append("\n<thead><tr><th>Disruption</th><th class=\"left\">Type</th>"
                + "<th>Start day</th><th>End day</th><th>Length (days)</th><th>Recurring</th></tr></thead>\n<tbody>\n");
        boolean recurring = false;
        for (DisruptionWindow w : r.disruptions()) {
            recurring |= w.recurring();
            b.append("<tr><td>").append(esc(w.label())).append("</td><td class=\"left\"><code>").append(esc(w.type()))
                    .append("</code></td><td>").append(Html.days(w.startDay())).append("</td><td>")
                    .append(Html.days(w.endDay())).append("</td><td>").append(Html.days(w.durationDays()))
                    .append("</td><td>").append(w.recurring() ? "yes*" : "no").append("</td></tr>\n");
        }
        b.append("</tbody>\n").append(Html.CLOSE_TABLE).append('\n');
        if (recurring) {
            b.append("<p class=\"note\">* Recurring disruptions start at random times in each replication; "
                    + "the windows shown here and shaded in the charts are those realised in replication 0.</p>\n");
        }
    }

    private static void fact(StringBuilder b, String term, String html) {
        b.append("<dt>").append(term).append("</dt><dd>").append(html).append("</dd>\n");
    }
}
