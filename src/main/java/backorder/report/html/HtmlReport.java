package backorder.report.html;

import backorder.report.chart.Figure;
import backorder.report.results.RunResults;
import static backorder.report.html.Html.esc;

import backorder.report.chart.PolicyPalette;
import backorder.report.chart.WrittenChart;
import java.io.IOException;
import java.util.List;

/** Assembles report.html: headline, KPIs, comparisons, scenario, charts, metric table and method, in that order. */
public final class HtmlReport {

    private HtmlReport() { }

    /** The charts of the report, possibly still being drawn when the page starts. */
    public interface Charts {
        /** The written charts in report order, waiting for them if need be. */
        List<WrittenChart> get() throws IOException;
    }

    /**
     * The complete, self-contained page. Chart PNGs are embedded as data URIs; the links to
     * {@code charts/ID.svg} and {@code .png} are relative, so the text does not depend on where the run lives.
     * The charts are asked for only after every other section is rendered, so that text is prepared while
     * chart-writer threads draw.
     */
    public static String render(RunResults r, Recommendation rec, Charts charts) throws IOException {
        PolicyPalette palette = PolicyPalette.of(r.policyNames());
        StringBuilder b = new StringBuilder(1 << 20);
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc(r.manifest().scenario())).append(" \u2014 backorder policy report</title>\n")
                .append("<style>\n").append(ReportStyle.CSS).append("</style>\n</head>\n<body>\n");
        b.append("<header>\n<h1>Which inventory policy for ").append(esc(r.manifest().scenario())).append("?</h1>\n")
                .append("<p class=\"sub\">Backorder workbench report \u00b7 ").append(r.policies().size())
                .append(r.policies().size() == 1 ? " policy" : " policies").append(" \u00b7 ")
                .append(r.manifest().replications()).append(" replications \u00b7 ")
                .append(Html.days(r.manifest().horizonDays())).append(" days</p>\n</header>\n<main>\n");
        b.append(HeadlineSection.render(r, rec, palette));
        b.append(ComparisonSection.render(r, rec, palette));
        b.append(ScenarioSection.render(r, palette));
        b.append(NetworkSection.render(r, palette, rec.recommended().orElse(null)));
        String rest = MetricTable.render(r, palette) + MetricTable.renderProducts(r, palette, rec.ranking().get(0))
                + MethodNote.render(r);
        b.append(charts(charts.get()));
        b.append(rest);
        String engine = r.manifest().engineVersion();
        b.append("</main>\n<footer>Engine ").append(engine == null || engine.isBlank() ? "version not recorded" : esc(engine))
                .append(" \u00b7 drawn from the run&#8217;s result files only.</footer>\n</body>\n</html>\n");
        return b.toString();
    }

    private static String charts(List<WrittenChart> charts) {
        StringBuilder b = new StringBuilder("<section id=\"charts\">\n<h2>Charts</h2>\n");
        if (charts.isEmpty()) {
            b.append("<p class=\"note\">The result files hold no data to chart.</p>\n");
        }
        for (int i = 0; i < charts.size(); i++) {
            b.append(Html.figure(charts.get(i), "Figure " + (i + 1) + ". "));
        }
        return b.append("</section>\n").toString();
    }
}
