package backorder.report;

import backorder.experiment.SweepPoint;
import backorder.experiment.SweepResult;
import backorder.experiment.Tally;
import backorder.metric.Metric;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes {@code sweep.csv} (SPEC §6), long format: {@code point,<PATH>...,policy,metric,mean,sd,
 * ci95_low,ci95_high}, one row per grid point, policy and metric of the registry; empty cells stand
 * for "no observation", numbers as in the other CSV files.
 */
public final class SweepCsv {

  /** The file's name in the sweep's folder. */
  public static final String FILE = "sweep.csv";

  private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

  private SweepCsv() {}

  public static void write(SweepResult result, Path file) throws IOException {
    List<String> header = new ArrayList<>(List.of("point"));
    header.addAll(result.grid().paths());
    header.addAll(List.of("policy", "metric", "mean", "sd", "ci95_low", "ci95_high"));
    AtomicFiles.write(file, out -> {
      var writer = new java.io.BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
      CSVPrinter csv = new CSVPrinter(writer, FORMAT);
      csv.printRecord(header);
      for (SweepPoint point : result.points()) {
        for (int p = 0; p < point.policies().size(); p++) {
          for (Metric m : Metric.values()) {
            Tally.Summary s = point.totals().get(p)[m.ordinal()];
            List<Object> row = new ArrayList<>();
            row.add(point.index());
            row.addAll(point.values());
            row.addAll(List.of(point.policies().get(p), m.key(), CsvResults.cell(s.mean()),
                CsvResults.cell(s.sd()), CsvResults.cell(s.ci95Low()), CsvResults.cell(s.ci95High())));
            csv.printRecord(row);
          }
        }
      }
      csv.flush();
    });
  }
}
