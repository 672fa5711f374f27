package backorder.report.html;

import backorder.report.AtomicFiles;
import backorder.report.MatrixCsv;
import backorder.report.results.MatrixManifest;
import backorder.report.results.MatrixTable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Entry point: writes a robustness matrix's {@code DIR/report.html} from DIR's matrix.csv. */
public final class MatrixReportBuilder {

    private MatrixReportBuilder() { }

    /**
     * Reads {@code dir/matrix.csv} and writes the report.
     *
     * @return the path of report.html
     */
    public static Path build(Path dir, MatrixManifest manifest) throws IOException {
        MatrixTable table = MatrixTable.read(dir.resolve(MatrixCsv.FILE));
        String html = MatrixReport.render(table, manifest);
        Path out = dir.resolve(ReportBuilder.REPORT_HTML);
        AtomicFiles.write(out, o -> o.write(html.getBytes(StandardCharsets.UTF_8)));
        return out;
    }
}
