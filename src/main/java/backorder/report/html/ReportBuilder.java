package backorder.report.html;

import backorder.report.results.ResultFiles;
import backorder.report.results.RunResults;
import backorder.report.chart.ChartWriter;
import backorder.report.chart.Headless;
import backorder.report.chart.ManagementCharts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Entry point: builds {@code DIR/report.html} and {@code DIR/charts/} from the result files in DIR. */
public final class ReportBuilder {

    /** File name of the report. */
    public static final String REPORT_HTML = "report.html";
    /** Sub-directory for the chart files. */
    public static final String CHARTS_DIR = "charts";

    private ReportBuilder() { }

    /**
     * Reads the run's result files in {@code dir}, writes the charts (PNG and SVG) to {@code dir/charts}
     * and the self-contained report to {@code dir/report.html}; the same files always give the same bytes.
     *
     * @return the path of report.html
     * @throws IOException when a result file is missing or malformed (the message names it) or writing fails
     */
    public static Path build(Path dir) throws IOException {
        return build(ResultFiles.read(dir), dir);
    }

    /** Writes the charts and report.html of results already read (e.g. from another folder) into {@code dir}. */
    public static Path build(RunResults results, Path dir) throws IOException {
        Headless.ensure();
        String html;
        try (ChartWriter.Pending charts = ChartWriter.startBuilding(ManagementCharts.builders(results),
                dir.resolve(CHARTS_DIR))) {
            // the text is rendered on this thread while the chart-writer threads draw
            html = HtmlReport.render(results, Recommendation.of(results), charts::await);
        }
        Path out = dir.resolve(REPORT_HTML);
        backorder.report.AtomicFiles.write(out, o -> o.write(html.getBytes(StandardCharsets.UTF_8)));
        return out;
    }
}
