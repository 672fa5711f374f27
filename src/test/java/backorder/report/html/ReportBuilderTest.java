package backorder.report.html;

import static backorder.report.TinyRun.same;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backorder.metric.Metric;
import backorder.report.ReportFixture;
import backorder.report.TinyRun;
import backorder.report.results.MetricInfo;
import backorder.report.results.ResultFiles;
import backorder.report.results.RunResults;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportBuilderTest {

    @TempDir
    Path tmp;

    @Test
    void fixtureReport_isSelfContained_andNamesEveryPolicyAndMetric() throws IOException {
        Path dir = ReportFixture.copyTo(tmp.resolve("run"));
        Path html = ReportBuilder.build(dir);

        assertEquals(dir.resolve("report.html"), html);
        Document doc = Jsoup.parse(html.toFile(), "UTF-8");
        assertTrue(doc.select("script, link[rel=stylesheet], iframe").isEmpty(), "no scripts or external resources");
        assertEquals(6, doc.select("img").size());
        for (Element img : doc.select("img")) {
            String src = img.attr("src");
            if (src.startsWith("data:image/png;base64,")) {
                BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(
                        Base64.getDecoder().decode(src.substring(src.indexOf(',') + 1))));
                assertNotNull(decoded, img.attr("alt"));
            } else {
                assertTrue(Files.isRegularFile(dir.resolve(src)), "image file exists: " + src);
            }
        }
        for (Element a : doc.select("a[href]")) {
            assertTrue(Files.isRegularFile(dir.resolve(a.attr("href"))), "linked file exists: " + a.attr("href"));
        }
        String text = doc.text();
        JsonNode summary = new JsonMapper().readTree(dir.resolve("summary.json").toFile());
        for (JsonNode p : summary.get("policies")) {
            assertTrue(text.contains(p.get("name").asText()), p.get("name").asText());
            p.get("metrics").fieldNames().forEachRemaining(m -> assertTrue(text.contains(m), "metric " + m));
        }
    }

    @Test
    void fixtureReport_opensWithTheRecommendation() throws IOException {
        Path dir = ReportFixture.copyTo(tmp.resolve("run"));
        Document doc = Jsoup.parse(ReportBuilder.build(dir).toFile(), "UTF-8");
        RunResults r = ResultFiles.read(dir);
        MetricInfo fill = MetricInfo.of(Metric.FILL_RATE);
        String dualFill = fill.format(r.policy("dual-sourcing").metric("fill_rate").mean());
        String safetyFill = fill.format(r.policy("safety-stock").metric("fill_rate").mean());

        // only dual-sourcing is within one point of the best fill rate (its own), so it wins on cost
        Element first = doc.selectFirst("main > section");
        assertEquals("headline", first.id());
        assertEquals("Recommended: dual-sourcing.", first.selectFirst(".verdict").text());
        String because = first.selectFirst(".because").text();
        assertTrue(because.startsWith("It costs "), because);
        assertTrue(because.contains("more than safety-stock over the 180 days (95% CI "), because);
        assertTrue(because.contains("at a fill rate of " + dualFill + " vs " + safetyFill), because);
        assertTrue(because.contains("paired over 20 replications on common random numbers"), because);
        assertTrue(first.selectFirst(".rule").text().contains("Left out by the fill-rate rule: no-plan ("
                + fill.format(r.policy("no-plan").metric("fill_rate").mean()) + "), safety-stock (" + safetyFill + ")"),
                first.selectFirst(".rule").text());
        assertEquals(6, doc.select(".kpi").size());
        assertTrue(doc.selectFirst(".kpi").text().contains("safety-stock"));
        assertNotNull(doc.selectFirst("#scenario svg.timeline"));
        String scenario = doc.selectFirst("#scenario").text();
        assertTrue(scenario.contains("demand spike x6.0 (days 30–51)"), scenario);
        assertTrue(scenario.contains("transit closure (days 90–95)"), scenario);
        assertFalse(scenario.contains("realised in replication 0"), "no recurring disruption, no note");
        assertEquals(2, doc.select("#products tbody tr").size());
        assertFalse(doc.select("table.metrics td.best").isEmpty());
        assertTrue(doc.selectFirst("#method").text().contains(r.manifest().scenarioSha256()));
        assertTrue(doc.selectFirst("#method").text().contains("policies = []"));
    }

    @Test
    void metricTable_hasOneRowPerCatalogueMetric_withItsLabelAndUnit() throws IOException {
        Document doc = Jsoup.parse(ReportBuilder.build(ReportFixture.copyTo(tmp.resolve("run"))).toFile(), "UTF-8");

        Elements rows = doc.select("table.metrics tbody tr");
        assertEquals(Metric.COUNT, rows.size());
        for (Metric m : Metric.values()) {
            Element row = rows.get(m.ordinal());
            assertEquals(m.key(), row.selectFirst("th code").text());
            assertTrue(row.selectFirst("th").text().startsWith(m.label()), row.text());
            assertEquals(m.unit(), row.selectFirst("td.unit").text(), m.key());
        }
    }

    @Test
    void buildingTwice_inDifferentFoldersAndLocales_givesIdenticalBytes() throws IOException {
        Path one = ReportBuilder.build(ReportFixture.copyTo(tmp.resolve("one")));
        Locale saved = Locale.getDefault();
        Path two;
        try {
            Locale.setDefault(Locale.GERMANY);
            two = ReportBuilder.build(ReportFixture.copyTo(tmp.resolve("two")));
        } finally {
            Locale.setDefault(saved);
        }

        assertArrayEquals(Files.readAllBytes(one), Files.readAllBytes(two));
        assertArrayEquals(Files.readAllBytes(one), Files.readAllBytes(ReportBuilder.build(tmp.resolve("one"))));
    }

    @Test
    void missingSummary_throwsIOExceptionNamingTheFile() throws IOException {
        Path dir = ReportFixture.copyTo(tmp.resolve("run"));
        Files.delete(dir.resolve("summary.json"));

        IOException e = assertThrows(IOException.class, () -> ReportBuilder.build(dir));

        assertTrue(e.getMessage().contains("summary.json"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("report.html")));
    }

    @Test
    void textFromFiles_isEscaped() throws IOException {
        Path dir = new TinyRun().scenario("<script>alert('x')</script> & co", "Lamps <b>bold</b> & \"quotes\"")
                .skus("A<B&C", "plain")
                .policy("p<1>&q", "fill_rate", same(3, 0.9), "total_cost", same(3, 10), "backorders", same(3, 2))
                .policy("other", "fill_rate", same(3, 0.8), "total_cost", same(3, 9), "backorders", same(3, 4))
                .writeTo(tmp.resolve("esc"));

        Document doc = Jsoup.parse(ReportBuilder.build(dir).toFile(), "UTF-8");

        assertTrue(doc.select("script, b").isEmpty());
        assertTrue(doc.title().startsWith("<script>alert('x')</script> & co"));
        assertTrue(doc.text().contains("Lamps <b>bold</b> & \"quotes\""));
        assertTrue(doc.selectFirst("#products").text().contains("A<B&C"));
        assertTrue(doc.selectFirst(".verdict").text().contains("p<1>&q"));
        assertTrue(doc.text().contains("spike <x2> & more"));
    }

    @Test
    void singlePolicy_saysThereIsNothingToCompare() throws IOException {
        Path dir = new TinyRun().policy("solo", "fill_rate", same(3, 0.9), "total_cost", same(3, 10))
                .writeTo(tmp.resolve("solo"));

        Document doc = Jsoup.parse(ReportBuilder.build(dir).toFile(), "UTF-8");

        assertEquals("Recommended: solo.", doc.selectFirst(".verdict").text());
        assertTrue(doc.selectFirst(".because").text().contains("only policy"));
    }

    @Test
    void substitutions_getATileASentenceAndAChartPanel_onlyWhenTheyHappen() throws IOException {
        Path dir = new TinyRun()
                .policy("with-substitutes", "fill_rate", same(3, 0.9), "total_cost", same(3, 10),
                        "orders", same(3, 200), "backorders", same(3, 5), "substitutions", same(3, 12),
                        "substitution_revenue", same(3, 480))
                .policy("without", "fill_rate", same(3, 0.9), "total_cost", same(3, 11),
                        "orders", same(3, 200), "backorders", same(3, 17), "substitutions", same(3, 0))
                .writeTo(tmp.resolve("subs"));

        Document doc = Jsoup.parse(ReportBuilder.build(dir).toFile(), "UTF-8");

        assertEquals("Recommended: with-substitutes.", doc.selectFirst(".verdict").text());
        assertEquals("Similar products: 12.0 orders moved to a substitute in stock, 6.0% of orders, bringing"
                + " 480 of revenue (5.00 backorders) under with-substitutes, against no orders moved to a"
                + " substitute (17.0 backorders) under without. Each is a customer who would otherwise have"
                + " waited or left.", doc.selectFirst(".headline .substitutes").text());
        assertEquals(7, doc.select(".kpi").size());
        assertTrue(doc.select(".kpi-label").eachText().contains("Substitutions (orders)"));
        assertTrue(doc.text().contains("orders moved to a similar product in stock"), "cumulative chart caption");

        Path plain = new TinyRun().policy("a", "fill_rate", same(3, 0.9), "total_cost", same(3, 10))
                .policy("b", "fill_rate", same(3, 0.8), "total_cost", same(3, 9)).writeTo(tmp.resolve("plain"));
        Document none = Jsoup.parse(ReportBuilder.build(plain).toFile(), "UTF-8");
        assertNull(none.selectFirst(".substitutes"));
        assertFalse(none.select(".kpi-label").eachText().contains("Substitutions (orders)"));
        assertFalse(none.text().contains("similar product"));
    }
}
