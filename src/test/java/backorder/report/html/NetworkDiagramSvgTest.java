package backorder.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backorder.report.results.LocationMetrics;
import backorder.report.results.MetricStat;
import backorder.report.results.NetworkLayout;
import backorder.report.results.NetworkLayout.Place;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/** The network diagram: well-formed SVG, flows scaled by units moved, every location named with its service. */
class NetworkDiagramSvgTest {

    private static final NetworkLayout LAYOUT = new NetworkLayout(List.of(
            new Place("dc", null, null, Double.NaN),
            new Place("north", "dc", "1", 0.6),
            new Place("south & <coast>", "dc", "{dist: uniform, min: 1, max: 3}", 0.4)));

    private static LocationMetrics location(String name, double fill, double backlog, double unitsOrdered) {
        Map<String, MetricStat> m = new LinkedHashMap<>();
        m.put("fill_rate", stat(fill));
        m.put("avg_backlog_units", stat(backlog));
        m.put("units_ordered", stat(unitsOrdered));
        return new LocationMetrics(name, m);
    }

    private static MetricStat stat(double mean) {
        return new MetricStat(mean, 0, mean, mean);
    }

    private static List<LocationMetrics> oneRun() {
        return List.of(location("dc", 0.9, 12, 1000), location("north", 0.95, 2, 600),
                location("south & <coast>", 0.8, 5, 300));
    }

    @Test
    void diagramIsWellFormedAndFlowsScaleWithUnits() {
        String svg = NetworkDiagramSvg.render(LAYOUT, oneRun(), "central", "#0072B2");
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
        assertTrue(text.contains("fill rate to stores 90.0%"), text);
        assertTrue(text.contains("transit 1\u20133 d") && text.contains("transit 1 d"), text);
        assertTrue(svg.contains("south &amp; &lt;coast&gt;"), "raw markup never reaches the page");
    }

    @Test
    void transitTimesReadAsWords() {
        assertEquals("2.5 d", NetworkDiagramSvg.transitWords("2.5"));
        assertEquals("2\u20134 d", NetworkDiagramSvg.transitWords("{dist: triangular, min: 2, mode: 3, max: 4}"));
        assertEquals("mean 2 d", NetworkDiagramSvg.transitWords("{dist: exponential, mean: 2}"));
        assertEquals("{odd}", NetworkDiagramSvg.transitWords("{odd}"));
    }

    @Test
    void missingLocationResultsAreSaidNotInvented() {
        List<LocationMetrics> partial = List.of(oneRun().get(0), oneRun().get(2));
        String text = Jsoup.parse(NetworkDiagramSvg.render(LAYOUT, partial, "p", "#000000"), "", Parser.xmlParser())
                .text();
        assertTrue(text.contains("no results"), text);
        assertTrue(text.contains("\u2014 units"), "an unknown flow is a dash, not zero: " + text);
    }
}
