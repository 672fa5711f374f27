package backorder.report.html;

import backorder.report.results.RunManifest;
import backorder.report.results.RunResults;
import static backorder.report.html.Html.esc;

import java.util.Map;

/** The closing method note: how the numbers were produced and how to trace them back to their inputs. */
final class MethodNote {

    private MethodNote() { }

    /** The section as HTML. */
    static String render(RunResults r) {
        RunManifest m = r.manifest();
        StringBuilder b = new StringBuilder("<section id=\"method\">\n<h2>Method</h2>\n<p>");
        b.append("Each policy was simulated over ").append(m.replications()).append(" independent replications of ")
                .append(Html.days(m.horizonDays())).append(" days. All policies share common random numbers: "
                        + "replication <em>r</em> sees the same customer demand, patience and lead-time draws under "
                        + "every policy, as far as the policy&#8217;s own actions allow, so policy differences are "
                        + "measured on the same circumstances and compared pairwise. ");
        b.append(m.warmupDays() > 0
                ? "Metrics count only events after a warm-up of " + Html.days(m.warmupDays()) + " days. "
                : "There is no warm-up: metrics count the whole horizon. ");
        b.append(SamplingNote.sentences(m));
        b.append("Each mean comes with a Student-t 95% confidence interval across replications; the headline "
                + "difference is the mean of the per-replication differences with its own Student-t interval. "
                + "Daily charts show the level at the end of each day across replications.</p>\n");
        b.append("<dl class=\"facts\">\n");
        fact(b, "Replications", String.valueOf(m.replications()));
        fact(b, "Seed", "<code>" + esc(m.seed()) + "</code>");
        fact(b, "Warm-up", SamplingNote.warmupFact(m));
        if (m.precision() != null) {
            fact(b, "Precision target", SamplingNote.precisionFact(m));
        }
        fact(b, "Objective", "<code>" + esc(r.objective().metric()) + "</code>, "
                + (r.objective().minimize() ? "minimise" : "maximise")
                + (r.objective().usesFillRateTolerance() ? ", fill-rate tolerance "
                + HeadlineSection.points(r.objective().fillRateTolerance()) : ""));
        fact(b, "Engine version", "<code>" + esc(orUnknown(m.engineVersion())) + "</code>");
        fact(b, "Scenario file", "<code>" + esc(orUnknown(m.scenarioFile())) + "</code>");
        fact(b, "Scenario SHA-256", "<code class=\"hash\">" + esc(orUnknown(m.scenarioSha256())) + "</code>");
        StringBuilder o = new StringBuilder();
        for (Map.Entry<String, String> e : m.overrides().entrySet()) {
            o.append(o.length() == 0 ? "" : ", ").append("<code>").append(esc(e.getKey())).append(" = ")
                    .append(esc(e.getValue())).append("</code>");
        }
        fact(b, "Command-line overrides", o.length() == 0 ? "none" : o.toString());
        fact(b, "Drawn from", "<code>summary.json</code>, <code>timeseries.csv</code>, <code>wait_histogram.csv</code>, "
                + "<code>replications.csv</code> in the run&#8217;s output folder; charts also as PNG and SVG in "
                + "<code>charts/</code>");
        return b.append("</dl>\n</section>\n").toString();
    }

    private static String orUnknown(String s) {
        return s == null || s.isBlank() ? "unknown" : s;
    }

    private static void fact(StringBuilder b, String term, String html) {
        b.append("<dt>").append(term).append("</dt><dd>").append(html).append("</dd>\n");
    }
}
