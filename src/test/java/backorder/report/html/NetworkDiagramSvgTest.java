package backorder.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backorder.report.chart.PolicyPalette;
import backorder.report.results.MetricStat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/** The network diagram and section: well-formed SVG, flows scaled by units, every location named with its service. */
class NetworkDiagramSvgTest {

    private static final List<NetworkDiagramSvg.Site> SITES = List.of(
            new NetworkDiagramSvg.Site("dc", null, null, Double.NaN),
            new NetworkDiagramSvg.Site("north", "dc", "1", 0.6),
            new NetworkDiagramSvg.Site("south & <coast>", "dc", "uniform(1, 3)", 0.4));

    private static Map<String, MetricStat> location(double fill, double backlog, double unitsOrdered) {
        Map<String, MetricStat> m = new LinkedHashMap<>();
        m.put("fill_rate", stat(fill));
        m.put("avg_backlog_units", stat(backlog));
        m.put("units_ordered", stat(unitsOrdered));
        return m;
    }

    private static MetricStat stat(double mean) {
        return new MetricStat(mean, 0, mean, mean);
    }

    private static Map<String, Map<String, MetricStat>> oneRun() {
        Map<String, Map<String, MetricStat>> byLocation = new LinkedHashMap<>();
        byLocation.put("dc", location(0.9, 12, 1000));
        byLocation.put("north", location(0.95, 2, 600));
        byLocation.put("south & <coast>", location(0.8, 5, 300));
        return byLocation;
    }

    @Test
    void diagramIsWellFormedAndFlowsScaleWithUnits() {
        String svg = NetworkDiagramSvg.render(SITES, oneRun(), "central", "#0072B2");
        Document doc = Jsoup.parse(svg, "", Parser.xmlParser());
        List<Double> widths = new ArrayList<>();
        for (Element path : doc.select("path[stroke-width]")) {
            widths.add(Double.parseDouble(path.attr("stroke-width")));
        }
        assertEquals(3, widths.size(), "one flow into the warehouse and one per store");
        assertEquals(16.0, widths.get(0), 1e-9, "the biggest flow gets the widest arrow");
        assertEquals(16.0 * 600 / 1000, widths.get(1), 0.06);
        assertEquals(16.0 * 300 / 1000, widths.get(2), 0.06);
        String text = doc.text();
        assertTrue(text.contains("south & <coast>"), "names are escaped, then read back intact");
        assertTrue(text.contains("60% of demand") && text.contains("40% of demand"), text);
        assertTrue(text.contains("fill rate 95.0%") && text.contains("fill rate 80.0%"), text);
        assertTrue(text.contains("store orders shipped at once 90.0%"), text);
        assertTrue(text.contains("transit uniform(1, 3)") && text.contains("transit 1 d"), text);
        assertTrue(svg.contains("south &amp; &lt;coast&gt;"), "raw markup never reaches the page");
    }

    @Test
    void missingLocationResultsAreSaidNotInvented() {
        Map<String, Map<String, MetricStat>> partial = new LinkedHashMap<>(oneRun());
        partial.remove("north");
        String text = Jsoup.parse(NetworkDiagramSvg.render(SITES, partial, "p", "#000000"), "", Parser.xmlParser()).text();
        assertTrue(text.contains("no results"), text);
        assertTrue(text.contains("\u2014 units"), "an unknown flow is a dash, not zero: " + text);
    }

    @Test
    void sectionNamesTheWeakestStoreAndTablesEveryLocation() {
        Map<String, Map<String, Map<String, MetricStat>>> stats = new LinkedHashMap<>();
        stats.put("central", oneRun());
        stats.put("stores", oneRun());
        String html = NetworkSection.render(SITES, stats, PolicyPalette.of(List.of("central", "stores")), "central", 20);
        Document doc = Jsoup.parse(html);
        assertEquals(2, doc.select("svg.network").size(), "one diagram per policy");
        assertTrue(doc.text().contains("the store served worst is south & <coast> (fill rate 80.0%)"), doc.text());
        assertEquals(3, doc.select("table.network th[rowspan]").size(), "one row group per location");
        assertTrue(doc.text().contains("Store orders shipped at once"), "warehouse rows say what they count");
    }
}
