package backorder.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backorder.cli.Main;
import backorder.report.ReportFixture;
import backorder.report.results.LocationMetrics;
import backorder.report.results.ResultFiles;
import backorder.report.results.RunResults;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A network run's report: the network section with one diagram per policy and the per-location fan charts. */
class NetworkReportTest {

    private static final Path SCENARIO = Path.of("src/test/resources/scenarios/network/two-stores.yaml");

    @TempDir
    static Path dir;
    static Document page;
    static RunResults results;

    @BeforeAll
    static void runAndReport() throws IOException {
        Path out = dir.resolve("run");
        assertEquals(Main.OK, Main.execute("run", SCENARIO.toString(), "--out", out.toString(), "--quiet"));
        results = ResultFiles.read(out);
        page = Jsoup.parse(Files.readString(out.resolve(ReportBuilder.REPORT_HTML), StandardCharsets.UTF_8));
    }

    @Test
    void networkSectionHasADiagramPerPolicyAndATableRowGroupPerLocation() {
        Element section = page.getElementById("network");
        assertTrue(section != null, "report.html has a network section");
        assertEquals(results.policies().size(), section.select("svg.network").size());
        assertEquals(List.of("dc (warehouse)", "north", "south"),
                section.select("table.network th[rowspan]").eachText());
        String text = section.text();
        assertTrue(text.contains("the stores north and south"), text);
        for (String policy : results.policyNames()) {
            for (LocationMetrics l : results.network().metrics().get(policy)) {
                String fill = results.info("fill_rate").format(l.metric("fill_rate").mean());
                assertTrue(section.select("svg.network").text().contains(fill), l.location() + " " + fill);
            }
        }
    }

    @Test
    void perLocationFanChartsAreDrawnAndListedInTheCharts() {
        assertFalse(page.select("#fig-location_backlog_fan img").isEmpty());
        assertFalse(page.select("#fig-location_on_hand_fan img").isEmpty());
        assertTrue(Files.isRegularFile(dir.resolve("run/charts/location_backlog_fan.svg")));
        assertTrue(Files.isRegularFile(dir.resolve("run/charts/location_backlog_fan.png")));
    }

    @Test
    void diagramsAndTheLocationTableScrollInTheirOwnBox_soAPhoneKeepsThemLegible() {
        Element section = page.getElementById("network");
        for (Element e : section.select("svg.network, table.network")) {
            assertTrue(e.parent().is("div.scroll"), e.tagName() + "." + e.className());
        }
    }

    @Test
    void methodNamesTheLocationFilesTheNetworkIsDrawnFrom() {
        String drawnFrom = page.select("#method dt:containsOwn(Drawn from) + dd").text();
        assertTrue(drawnFrom.contains("location_timeseries.csv, location_replications.csv"), drawnFrom);
    }

    @Test
    void runsWithoutLocationsHaveNoNetworkSection() throws IOException {
        Path plain = ReportFixture.copyTo(dir.resolve("plain"));
        ReportBuilder.build(plain);
        Document doc = Jsoup.parse(Files.readString(plain.resolve(ReportBuilder.REPORT_HTML), StandardCharsets.UTF_8));
        assertTrue(doc.getElementById("network") == null);
        assertTrue(doc.select("#fig-location_backlog_fan").isEmpty());
        assertFalse(doc.selectFirst("#method").text().contains("location_"), "no location files to name");
    }

    /**
     * A location's name with a right-to-left override (as an edited result file may hold) is shown as an
     * escape in the network section, the diagrams and the per-location charts.
     */
    @Test
    void aLocationNameWithABidiOverride_isShownAsAnEscape() throws IOException {
        Path copy = Files.createDirectories(dir.resolve("bidi"));
        try (var files = Files.list(dir.resolve("run"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".csv") || f.toString().endsWith(".json")).toList()) {
                Files.writeString(copy.resolve(f.getFileName()), Files.readString(f).replace("north", "nor\u202Eth"));
            }
        }
        String html = Files.readString(ReportBuilder.build(copy));
        String chart = Files.readString(copy.resolve("charts/location_backlog_fan.svg"));

        for (String text : List.of(html, chart)) {
            assertEquals(-1, text.indexOf('\u202E'));
            assertTrue(text.contains("nor\\u202Eth"));
        }
        Element section = Jsoup.parse(html).getElementById("network");
        assertTrue(section.text().contains("the stores nor\\u202Eth and south"), section.text());
        assertTrue(section.select("svg.network").text().contains("nor\\u202Eth"));
    }

    /** location_replications.csv cut exactly at a line's end is refused, as replications.csv is. */
    @Test
    void locationReplicationsShortOfARow_isRefused() throws IOException {
        Path file = copyWithoutLastLine("cut", ResultFiles.LOCATION_REPLICATIONS_CSV);

        IOException e = assertThrows(IOException.class, () -> ResultFiles.read(file.getParent()));
        assertTrue(e.getMessage().startsWith(file + ": "), e.getMessage());
        assertTrue(e.getMessage().contains("but summary.json says " + results.manifest().replications() + " replications"),
                e.getMessage());
    }

    /** location_timeseries.csv cut exactly at a line's end (the last location's last day) is refused. */
    @Test
    void locationTimeseriesShortOfADay_isRefused() throws IOException {
        Path file = copyWithoutLastLine("cut-days", ResultFiles.LOCATION_TIMESERIES_CSV);

        IOException e = assertThrows(IOException.class, () -> ResultFiles.read(file.getParent()));
        assertTrue(e.getMessage().startsWith(file + ": "), e.getMessage());
        assertTrue(e.getMessage().contains("but the horizon has " + (int) Math.ceil(results.manifest().horizonDays())),
                e.getMessage());
    }

    /** A copy of the run's result files in {@code folder}, {@code name} without its last line; returns that file. */
    private Path copyWithoutLastLine(String folder, String name) throws IOException {
        Path copy = Files.createDirectories(dir.resolve(folder));
        try (var files = Files.list(dir.resolve("run"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".csv") || f.toString().endsWith(".json")).toList()) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        Path file = copy.resolve(name);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        Files.write(file, lines.subList(0, lines.size() - 1), StandardCharsets.UTF_8);
        return file;
    }
}
