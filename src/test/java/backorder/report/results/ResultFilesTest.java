package backorder.report.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backorder.metric.Constraint;
import backorder.metric.Metric;
import backorder.metric.Objective;
import backorder.report.ReportFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultFilesTest {

    @TempDir
    Path dir;

    @Test
    void fixture_readsPoliciesInScenarioOrderWithEveryCatalogueMetricInItsOrder() throws IOException {
        RunResults r = ResultFiles.read(ReportFixture.copyTo(dir));

        assertEquals(List.of("no-plan", "safety-stock", "dual-sourcing"), r.policyNames());
        assertEquals(Arrays.stream(Metric.values()).map(Metric::key).toList(), r.metricNames());
        assertEquals(180.0, r.manifest().horizonDays());
        assertEquals(20, r.manifest().replications());
        assertEquals("20261126", r.manifest().seed());
        assertEquals(2, r.manifest().productCount());
        assertEquals("null", r.manifest().overrides().get("seed"));
        assertEquals("[]", r.manifest().overrides().get("policies"));
        assertEquals(new Objective("net_value", false, List.of(Constraint.parse("fill_rate >= 0.9")), Double.NaN),
                r.objective());
        assertEquals(List.of("demand_spike", "transit_disruption"),
                r.disruptions().stream().map(DisruptionWindow::type).toList());
        assertEquals(51.0, r.disruptions().get(0).endDay());
        assertEquals(95.0, r.disruptions().get(1).endDay());
        assertEquals(List.of("LAMP-01", "SHADE-02"),
                r.policy("no-plan").products().stream().map(ProductResult::sku).toList());
    }

    @Test
    void fixture_csvFilesLineUpWithSummary() throws IOException {
        RunResults r = ResultFiles.read(ReportFixture.copyTo(dir));

        SeriesBand backlog = r.timeSeries().band("dual-sourcing", "backlog_units").orElseThrow();
        assertEquals(180, backlog.size());
        assertEquals(0, backlog.days()[0]);
        assertEquals(179, backlog.days()[179]);
        List<WaitBin> bins = r.waitHistogram().get("safety-stock");
        assertEquals(61, bins.size());
        assertTrue(bins.get(60).openEnded());
        // the mean over replications.csv equals the summary mean: both files come from the same run
        double sum = r.replications().column("safety-stock", "total_cost").values().stream()
                .mapToDouble(Double::doubleValue).sum();
        assertEquals(r.policy("safety-stock").metric("total_cost").mean(), sum / 20, 1e-6);
    }

    @Test
    void nullMean_becomesUndefined() throws IOException {
        ReportFixture.copyTo(dir);
        Path json = dir.resolve("summary.json");
        String text = Files.readString(json);
        int at = text.indexOf("\"recovery_days\"");
        int mean = text.indexOf("\"mean\"", at);
        int comma = text.indexOf(',', mean);
        Files.writeString(json, text.substring(0, mean) + "\"mean\":null" + text.substring(comma));

        RunResults r = ResultFiles.read(dir);

        assertFalse(r.policy("no-plan").metric("recovery_days").defined());
    }

    @Test
    void missingSummary_namesTheFile() throws IOException {
        ReportFixture.copyTo(dir);
        Files.delete(dir.resolve("summary.json"));

        IOException e = assertThrows(NoSuchFileException.class, () -> ResultFiles.read(dir));

        assertTrue(e.getMessage().contains("summary.json"), e.getMessage());
    }

    @Test
    void missingCsv_namesTheFile() throws IOException {
        ReportFixture.copyTo(dir);
        Files.delete(dir.resolve("wait_histogram.csv"));

        IOException e = assertThrows(IOException.class, () -> ResultFiles.read(dir));

        assertTrue(e.getMessage().contains("wait_histogram.csv"), e.getMessage());
    }

    @Test
    void brokenJson_namesFileAndPosition() throws IOException {
        Files.writeString(dir.resolve("summary.json"), "{\"scenario\": \"x\",\n \"policies\": [");

        IOException e = assertThrows(IOException.class, () -> ResultFiles.read(dir));

        assertTrue(e.getMessage().contains("summary.json") && e.getMessage().contains("line"), e.getMessage());
    }

    @Test
    void emptyOrTrailingJson_isRejectedNamingTheFile() throws IOException {
        for (String text : new String[] {"", "{} {}", "[1, 2"}) {
            Files.writeString(dir.resolve("summary.json"), text);

            IOException e = assertThrows(IOException.class, () -> ResultFiles.read(dir));

            assertTrue(e.getMessage().contains("summary.json"), e.getMessage());
        }
    }

    @Test
    void wrongType_namesTheField() throws IOException {
        ReportFixture.copyTo(dir);
        Path json = dir.resolve("summary.json");
        Files.writeString(json, Files.readString(json).replaceFirst("\"horizon_days\":180.0", "\"horizon_days\":\"long\""));

        IOException e = assertThrows(IOException.class, () -> ResultFiles.read(dir));

        assertTrue(e.getMessage().contains("summary.json") && e.getMessage().contains("horizon_days"), e.getMessage());
    }

    @Test
    void badNumberInCsv_namesFileLineAndColumn() throws IOException {
        ReportFixture.copyTo(dir);
        Path csv = dir.resolve("timeseries.csv");
        List<String> lines = Files.readAllLines(csv);
        lines.set(4, lines.get(4).replaceAll(",[^,]*$", ",many"));
        Files.write(csv, lines);

        IOException e = assertThrows(IOException.class, () -> ResultFiles.read(dir));

        assertTrue(e.getMessage().contains("timeseries.csv:5") && e.getMessage().contains("p90"), e.getMessage());
    }

    @Test
    void unknownPolicyInCsv_isRejected() throws IOException {
        ReportFixture.copyTo(dir);
        Files.writeString(dir.resolve("wait_histogram.csv"), "policy,bin_low_days,bin_high_days,orders\nghost,0,1,2\n");

        IOException e = assertThrows(IOException.class, () -> ResultFiles.read(dir));

        assertTrue(e.getMessage().contains("wait_histogram.csv:2") && e.getMessage().contains("ghost"), e.getMessage());
    }

    @Test
    void missingColumn_isNamed() throws IOException {
        ReportFixture.copyTo(dir);
        Files.writeString(dir.resolve("timeseries.csv"), "policy,day,series,mean,p10,p50\n");

        IOException e = assertThrows(IOException.class, () -> ResultFiles.read(dir));

        assertTrue(e.getMessage().contains("timeseries.csv") && e.getMessage().contains("'p90'"), e.getMessage());
    }
}
