package backorder.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** timeseries.csv, whose rows are appended as text, reads and prints as commons-csv prints it cell by cell. */
class CsvResultsTest {

  private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

  @TempDir
  Path dir;

  @Test
  void timeseries_isWhatThePrinterWritesCellByCell_evenForNamesThatNeedQuotes() throws IOException {
    List<String> names = List.of("plain", "a,b", "say \"hi\"", " leading", "trailing ", "#hash",
        "two\nlines", "");
    TinyRun run = new TinyRun();
    for (int i = 0; i < names.size(); i++) {
      run.policy(names.get(i), "fill_rate", new double[] {0.5 + i / 100.0, 0.25, 1.0 / 3});
    }
    run.writeTo(dir);
    String written = Files.readString(dir.resolve("timeseries.csv"), StandardCharsets.UTF_8);

    List<CSVRecord> records;
    try (CSVParser parser = CSVParser.parse(written, CSVFormat.DEFAULT)) {
      records = parser.getRecords();
    }
    StringWriter reprinted = new StringWriter();
    CSVPrinter printer = new CSVPrinter(reprinted, FORMAT);
    List<String> policies = new ArrayList<>();
    for (CSVRecord r : records) {
      printer.printRecord(r.toList());
      if (r.getRecordNumber() > 1 && !policies.contains(r.get(0))) {
        policies.add(r.get(0));
      }
    }
    printer.flush();
    assertEquals(reprinted.toString(), written);
    assertEquals(names, policies);
  }
}
