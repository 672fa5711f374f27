package backorder.report.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backorder.report.ReportFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryStreamTest {

    @TempDir
    Path dir;

    @Test
    void quickReading_givesThePoliciesTheCheckingPathGives() throws IOException {
        Path json = ReportFixture.copyTo(dir.resolve("a")).resolve("summary.json");
        String text = Files.readString(json);
        // text skus for the quick reading; the same skus as bare numbers make it give up, and the
        // checking path reads them as the same text
        String quoted = text.replace("\"LAMP-01\"", "\"101\"").replace("\"SHADE-02\"", "\"102\"");
        String bare = text.replace("\"LAMP-01\"", "101").replace("\"SHADE-02\"", "102");
        Files.writeString(json, quoted);
        Path other = ReportFixture.copyTo(dir.resolve("b"));
        Files.writeString(other.resolve("summary.json"), bare);

        assertTrue(SummaryStream.read(quoted).isPresent());
        assertFalse(SummaryStream.read(bare).isPresent());
        RunResults quick = ResultFiles.read(json.getParent());
        RunResults checked = ResultFiles.read(other);
        assertEquals(checked.policies(), quick.policies());
        assertEquals(2, quick.policies().get(0).products().size());
    }

    @Test
    void badStatistic_isReportedWithItsPathByTheCheckingPath() throws IOException {
        Path json = ReportFixture.copyTo(dir).resolve("summary.json");
        String text = Files.readString(json);
        int product = text.indexOf("\"products\"");
        int mean = text.indexOf("\"mean\"", text.indexOf("\"fill_rate\"", product));
        Files.writeString(json, text.substring(0, mean) + "\"mean\": \"x\"" + text.substring(text.indexOf(',', mean)));

        IOException e = assertThrows(IOException.class, () -> ResultFiles.read(dir));

        assertTrue(e.getMessage().endsWith(
                "policies[0].products[0].metrics.fill_rate.mean: expected a finite number or null, got \"x\""),
                e.getMessage());
    }
}
