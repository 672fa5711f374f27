package backorder.report.results;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.commons.csv.CSVRecord;

/** Reads a numeric cell of the sweep and matrix tables by column index; empty means no value (NaN). */
final class CsvCells {

    private CsvCells() { }

    static double number(Path file, CSVRecord r, int column) throws IOException {
        String s = r.get(column).strip();
        if (s.isEmpty()) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw new IOException(file + ":" + r.getRecordNumber() + ": not a number: '" + s + "'");
        }
    }
}
