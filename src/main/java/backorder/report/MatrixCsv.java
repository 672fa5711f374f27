package backorder.report;

import backorder.experiment.RobustnessMatrix;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
* Writes {@code matrix.csv} (SPEC §6): {@code scenario,policy,metric,mean,ci95_low,ci95_high,rank,regret},
* one row per scenario, shared policy and metric of the registry; rank and regret only on each
* scenario's objective metric (empty elsewhere), empty cells for "no observation".
*/
public final class MatrixCsv {

  /** The file's name in the matrix's folder. */
  public static final String FILE = "matrix.csv";

  private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

  private MatrixCsv() {}

  public static void write(RobustnessMatrix matrix, Path file) throws IOException {
    AtomicFiles.write(file, out -> {
      var writer = new java.io.BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
      CSVPrinter csv = new CSVPrinter(writer, FORMAT);
      csv.printRecord(List.of("scenario", "policy", "metric", "mean", "ci95_low", "ci95_high", "rank", "regret"));
      for (RobustnessMatrix.Row r : matrix.rows()) {
        csv.printRecord(r.scenario(), r.policy(), r.metric().key(), CsvResults.cell(r.summary().mean()),
            CsvResults.cell(r.summary().ci95Low()), CsvResults.cell(r.summary().ci95High()),
            r.rank() > 0 ? Integer.toString(r.rank()) : "", CsvResults.cell(r.regret()));
      }
      csv.flush();
    });
  }
}
