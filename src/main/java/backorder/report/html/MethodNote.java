package backorder.report.html;

import backorder.metric.Objective;
import backorder.report.results.RunManifest;
import backorder.report.results.RunResults;
import static backorder.report.html.Html.esc;

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
        b.append("Each mean comes with a Student-t 95% confidence interval across replications; each difference "
                + "between two policies is the mean of the per-replication differences with its own Student-t "
                + "interval and a p-value Holm-adjusted over all pairs of policies (summary.json&#8217;s comparisons). "
                + "Daily charts show the level at the end of each day across replications.</p>\n");
        b.append("<p class=\"manifest\">").append(ManifestWords.sentence(m)).append("</p>\n");
        b.append("<dl class=\"facts\">\n");
        fact(b, "Objective", objective(r));
        if (m.precision() != null) {
            fact(b, "Precision target", SamplingNote.precisionFact(m));
        }
        if (m.scenarioSha256() != null && !m.scenarioSha256().isBlank()) {
            fact(b, "Scenario SHA-256", "<code class=\"hash\">" + esc(m.scenarioSha256()) + "</code>");
        }
        // a network's section and location charts also read the two location files
        String network = r.hasNetwork()
                ? ", <code>location_timeseries.csv</code>, <code>location_replications.csv</code>" : "";
        fact(b, "Drawn from", "<code>summary.json</code>, <code>timeseries.csv</code>, <code>wait_histogram.csv</code>, "
                + "<code>replications.csv</code>" + network + " in the run&#8217;s output folder; charts also as PNG "
                + "and SVG in <code>charts/</code>");
        return b.append("</dl>\n</section>\n").toString();
    }

    /** "net value (<code>net_value</code>), the highest wins; constraints: ...". */
    private static String objective(RunResults r) {
        Objective o = r.objective();
        String s = esc(ObjectiveWords.label(o)) + " (<code>" + esc(o.metric()) + "</code>), "
                + (o.minimize() ? "the lowest" : "the highest") + " wins";
        s += o.constraints().isEmpty() ? "; no constraints" : "; constraints: "
                + Html.list(o.constraints().stream().map(c -> "<code>" + esc(c.expr()) + "</code>").toList());
        return o.usesFillRateTolerance() ? s + "; fill-rate tolerance " + HeadlineSection.points(o.fillRateTolerance())
                : s;
    }

    private static void fact(StringBuilder b, String term, String html) {
        b.append("<dt>").append(term).append("</dt><dd>").append(html).append("</dd>\n");
    }
}
