package backorder.report.html;

import backorder.report.AtomicFiles;
import backorder.report.SweepCsv;
import backorder.report.chart.ChartWriter;
import backorder.report.chart.Figure;
import backorder.report.chart.SweepTradeOffChart;
import backorder.report.chart.WrittenChart;
import backorder.report.results.SweepManifest;
import backorder.report.results.SweepTable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Entry point: draws a sweep's chart into {@code DIR/charts/} and writes {@code DIR/report.html} from DIR's sweep.csv. */
public final class SweepReportBuilder {

    private SweepReportBuilder() { }

    /**
     * Reads {@code dir/sweep.csv}, writes the trade-off chart (PNG and SVG) and the report.
     *
     * @return the path of report.html
     */
    public static Path build(Path dir, SweepManifest manifest) throws IOException {
        SweepTable table = SweepTable.read(dir.resolve(SweepCsv.FILE));
        List<Figure> figures = new ArrayList<>();
        SweepTradeOffChart.of(table, manifest.objective()).ifPresent(figures::add);
        List<WrittenChart> charts = ChartWriter.writeAll(figures, dir.resolve(ReportBuilder.CHARTS_DIR));
        String html = SweepReport.render(table, manifest, charts);
        Path out = dir.resolve(ReportBuilder.REPORT_HTML);
        AtomicFiles.write(out, o -> o.write(html.getBytes(StandardCharsets.UTF_8)));
        return out;
    }
}
