package backorder.report.results;

import static org.junit.jupiter.api.Assertions.assertEquals;

import backorder.model.DailySeries;
import backorder.report.TinyRun;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** timeseries.csv, written row by row as text, reads back as the CSV a printer would have made. */
class TimeseriesCsvTest {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

    @TempDir
    Path dir;

    @Test
    void awkwardPolicyNames_areQuotedAsThePrinterQuotesThem() throws IOException {
        String comma = "plan, with comma";
        String quote = "say \"now\"";
        Path run = new TinyRun()
                .policy(comma, "fill_rate", TinyRun.same(3, 0.9))
                .policy(quote, "fill_rate", TinyRun.same(3, 0.8))
                .writeTo(dir);
        String text = Files.readString(run.resolve("timeseries.csv"), StandardCharsets.UTF_8);

        List<CSVRecord> rows = FORMAT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(text)).getRecords();
        int perPolicy = rows.size() / 2;
        assertEquals(0, perPolicy % DailySeries.values().length);
        assertEquals(comma, rows.get(0).get("policy"));
        assertEquals(quote, rows.get(perPolicy).get("policy"));
        assertEquals(DailySeries.values()[1].key(), rows.get(1).get("series"));
        assertEquals(text, reprinted(text));
    }

    /** The same records through CSVPrinter: equal text means equal quoting and separators. */
    private static String reprinted(String text) throws IOException {
        StringWriter out = new StringWriter();
        try (CSVParser parser = FORMAT.parse(new java.io.StringReader(text));
                CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            for (CSVRecord r : parser) {
                printer.printRecord(r.toList());
            }
        }
        return out.toString();
    }
}
