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
import java.util.List;
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

        // only dual-sourcing meets fill_rate >= 0.9; it also has the best net value, but costs the most
        Element first = doc.selectFirst("main > section");
        assertEquals("headline", first.id());
        assertEquals("Recommended: dual-sourcing.", first.selectFirst(".verdict").text());
        String because = first.selectFirst(".because").text();
        assertTrue(because.startsWith("It is the only policy that meets fill_rate >= 0.9. It beats the next best, "
                + "safety-stock, by "), because);
        assertTrue(because.contains(" in net value over the 180 days "
                + ci(r, "dual-sourcing", "safety-stock", Metric.NET_VALUE) + "."), because);
        assertTrue(because.contains("Switching to safety-stock would mean: profit "), because);
        assertTrue(because.contains(ci(r, "safety-stock", "dual-sourcing", Metric.PROFIT).replace(")", "; could be noise)")),
                because);
        assertTrue(because.contains("fill rate \u2212" + fill.formatDifference(r.policy("dual-sourcing").metric("fill_rate")
                .mean() - r.policy("safety-stock").metric("fill_rate").mean()) + " (" + safetyFill + " against " + dualFill
                + "; 95% CI "), because);
        assertFalse(because.contains("tied"), because);
        // the cheapest policy is a third one: the trade-off against it in net value, profit and fill rate
        String cheapest = first.selectFirst(".cheapest").text();
        assertTrue(cheapest.startsWith("The cheapest policy is no-plan: total cost "), cheapest);
        assertTrue(cheapest.contains("Switching to it would mean: net value \u2212"), cheapest);
        for (Metric m : List.of(Metric.NET_VALUE, Metric.PROFIT, Metric.FILL_RATE)) {
            String interval = ci(r, "no-plan", "dual-sourcing", m);
            assertTrue(cheapest.contains(m == Metric.FILL_RATE ? interval.substring(1) : interval), m + ": " + cheapest);
        }
        assertEquals("The constraint fill_rate >= 0.9 rules out no-plan ("
                + fill.format(r.policy("no-plan").metric("fill_rate").mean()) + ") and safety-stock (" + safetyFill + ").",
                first.selectFirst(".constraints").text());
        assertTrue(first.selectFirst(".rule").text().contains("the highest net value (profit minus backorder cost and "
                + "lost customer value) among the policies that meet fill_rate >= 0.9; when none does,"),
                first.selectFirst(".rule").text());
        assertEquals(7, doc.select(".kpi").size());
        assertTrue(doc.selectFirst(".kpi").text().startsWith("Net value"), doc.selectFirst(".kpi").text());
        assertTrue(doc.selectFirst(".kpi").text().contains("safety-stock"));
        assertNotNull(doc.selectFirst("#scenario svg.timeline"));
        String scenario = doc.selectFirst("#scenario").text();
        assertTrue(scenario.contains("demand spike x6.0 (days 30–51)"), scenario);
        assertTrue(scenario.contains("transit closure (days 90–95)"), scenario);
        assertFalse(scenario.contains("realised in replication 0"), "no recurring disruption, no note");
        assertEquals(2, doc.select("#products tbody tr").size());
        // the policy's header spans its cells: the fill rate was a bare "78.4%" beside "873 backorders"
        assertEquals(List.of("Fill rate", "Backorders", "Levels used", "Fill rate", "Backorders", "Levels used",
                "Fill rate", "Backorders", "Levels used"),
                doc.select("#products thead tr").get(1).select("th").eachText());
        assertFalse(doc.select("table.metrics td.best").isEmpty());
        assertTrue(doc.selectFirst("#method").text().contains(r.manifest().scenarioSha256()));
        String manifest = doc.selectFirst("#method .manifest").text();
        assertTrue(manifest.startsWith("This run: 20 replications (from the scenario), seed 20261126 (from the "
                + "scenario), warm-up 0 days (from the scenario), 2 threads"), manifest);
        assertTrue(manifest.contains("scenario file " + ReportFixture.SCENARIO + " (SHA-256 "
                + r.manifest().scenarioSha256().substring(0, 12) + "\u2026); overrides: none."), manifest);
        assertFalse(doc.selectFirst("#method").text().contains("null"), doc.selectFirst("#method").text());
    }

    /** "(95% CI a to b)" of summary.json's paired difference a − b, as the headline writes it. */
    static String ci(RunResults r, String a, String b, Metric m) {
        var row = r.comparisons().find(a, b, m.key()).orElseThrow();
        MetricInfo info = MetricInfo.of(m);
        return "(95% CI " + end(info, row.ci95Low()) + " to " + end(info, row.ci95High()) + ")";
    }

    private static String end(MetricInfo info, double v) {
        String s = (v < 0 ? "\u2212" : "") + info.formatDifference(Math.abs(v));
        return s.replace(" points", "");
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
    void onAPhone_wideTablesAndTheTimelineScrollInTheirOwnBox_andTheKeyFiguresTakeTwoColumns() throws IOException {
        Document doc = Jsoup.parse(ReportBuilder.build(ReportFixture.copyTo(tmp.resolve("run"))).toFile(), "UTF-8");

        // at 390 px the metric table is over twice the screen's width: without its own box it widened the page
        Elements tables = doc.select("table");
        assertEquals(List.of("comparisons", "disruptions", "metrics", "products"), tables.eachAttr("class"));
        for (Element table : tables) {
            assertTrue(table.parent().is("div.scroll"), table.className() + " in a scroll box");
        }
        assertTrue(doc.selectFirst("svg.timeline").parent().is("div.scroll"));
        String css = doc.selectFirst("style").data();
        String phone = css.substring(css.indexOf("@media screen and (max-width: 720px)"), css.indexOf("@media print"));
        assertTrue(phone.contains(".kpis { grid-template-columns: repeat(2, minmax(0, 1fr)); }"), phone);
        assertTrue(phone.contains(".scroll > svg.timeline"), phone);
        assertTrue(css.contains(".scroll { overflow-x: auto;"), "scrolls on screen");
        assertTrue(css.substring(css.indexOf("@media print")).contains(".scroll { overflow: visible; }"),
                "prints whole");
        // a tap on a chart opens its full-size picture, which a phone can zoom into
        for (Element img : doc.select("figure img")) {
            String id = img.closest("figure").id().substring("fig-".length());
            assertEquals("charts/" + id + ".png", img.parent().attr("href"), id);
        }
    }

    @Test
    void headings_openWithTheRecommendation_andSkipNoLevel() throws IOException {
        Document doc = Jsoup.parse(ReportBuilder.build(ReportFixture.copyTo(tmp.resolve("run"))).toFile(), "UTF-8");
        Elements headings = doc.select("h1, h2, h3, h4, h5, h6");
        // the verdict was a paragraph: a screen reader's list of headings began at "Key figures"
        assertEquals(List.of("Which inventory policy for lamp-spike?", "Recommended: dual-sourcing.",
                "Key figures for dual-sourcing"), headings.subList(0, 3).stream().map(Element::text).toList());
        int level = 0;
        for (Element h : headings) {
            int next = h.tagName().charAt(1) - '0';
            assertTrue(next <= level + 1, "no level skipped before " + h.text());
            level = next;
        }
    }

    @Test
    void timeline_leavesRoomForTheAxisTitlesDescender() throws IOException {
        Document doc = Jsoup.parse(ReportBuilder.build(ReportFixture.copyTo(tmp.resolve("run"))).toFile(), "UTF-8");
        Element svg = doc.selectFirst("svg.timeline");
        double height = Double.parseDouble(svg.attr("viewBox").split(" ")[3]);
        Element title = svg.select("text").stream().filter(t -> t.text().equals("day")).findFirst().orElseThrow();
        // 12 px text reaches about 3 px below its baseline: "day" sat 1 px above the edge and lost its "y"
        assertTrue(Double.parseDouble(title.attr("y")) + 4 <= height, svg.attr("viewBox") + " " + title);
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
                .policy("p<1>&q", "fill_rate", same(3, 0.9), "net_value", same(3, 10), "backorders", same(3, 2))
                .policy("other", "fill_rate", same(3, 0.8), "net_value", same(3, 9), "backorders", same(3, 4))
                .writeTo(tmp.resolve("esc"));

        Document doc = Jsoup.parse(ReportBuilder.build(dir).toFile(), "UTF-8");

        assertTrue(doc.select("script, b").isEmpty());
        assertTrue(doc.title().startsWith("<script>alert('x')</script> & co"));
        assertTrue(doc.text().contains("Lamps <b>bold</b> & \"quotes\""));
        assertTrue(doc.selectFirst("#products").text().contains("A<B&C"));
        assertTrue(doc.selectFirst(".verdict").text().contains("p<1>&q"));
        assertTrue(doc.text().contains("spike <x2> & more"));
    }

    /**
     * Control and bidirectional characters in the description and in names (read back from result files a
     * run or a hand edit wrote) reach neither the page nor the charts: each is shown as an escape, so a
     * right-to-left override cannot make one policy's name read as another's.
     */
    @Test
    void controlAndBidiCharacters_areShownAsEscapes_inThePageAndEveryChart() throws IOException {
        Path dir = new TinyRun().scenario("tiny", "Says \u202Ekcots-ytefas\u202C here\u0000 \u2066x\u2069")
                .skus("SKU\u2067-1", "plain").disruptionLabel("spike\u001B[2J")
                .policy("safe\u202Ety", "fill_rate", same(3, 0.9), "net_value", same(3, 10), "backorders", same(3, 2))
                .policy("other\u0085", "fill_rate", same(3, 0.8), "net_value", same(3, 9), "backorders", same(3, 4))
                .writeTo(tmp.resolve("bidi"));

        String page = Files.readString(ReportBuilder.build(dir));
        assertEquals(-1, firstEscaped(page), "no raw control or bidi character in report.html");
        Document doc = Jsoup.parse(page);
        assertTrue(doc.selectFirst(".verdict").text().contains("safe\\u202Ety"), doc.selectFirst(".verdict").text());
        assertTrue(doc.text().contains("Says \\u202Ekcots-ytefas\\u202C here\\u0000 \\u2066x\\u2069"));
        assertTrue(doc.selectFirst("#products").text().contains("SKU\\u2067-1"));
        assertTrue(doc.text().contains("other\\u0085"));
        assertTrue(doc.text().contains("spike\\u001B[2J"));
        List<Path> svgs;
        try (var files = Files.list(dir.resolve("charts"))) {
            svgs = files.filter(f -> f.toString().endsWith(".svg")).sorted().toList();
        }
        assertFalse(svgs.isEmpty());
        StringBuilder all = new StringBuilder();
        for (Path svg : svgs) {
            String text = Files.readString(svg);
            assertEquals(-1, firstEscaped(text), svg.getFileName() + " has no raw control or bidi character");
            all.append(text);
        }
        for (String shown : List.of("safe\\u202Ety", "other\\u0085", "spike\\u001B[2J")) {
            assertTrue(all.indexOf(shown) >= 0, "a chart shows " + shown);
        }
    }

    /** The index of the first character the report must show as an escape, or -1. */
    private static int firstEscaped(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (backorder.report.VisibleText.escaped(text.codePointAt(i))) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void timelineOfATinyHorizon_hasElevenTicksInsideTheAxis() {
        // 2e-9 days drew 16 ticks, 5 past the axis end; 1e-300 days never finished (absolute slack 1e-9).
        for (double horizon : new double[] {180, 2e-9, 1e-300}) {
            Document svg = Jsoup.parse(TimelineSvg.render(List.of(), horizon, 0));
            Elements ticks = svg.select("text.tl-tick:not(:containsOwn(day))");
            assertEquals(horizon == 180 ? 10 : 11, ticks.size(), "ticks at horizon " + horizon);
            for (Element tick : ticks) {
                assertTrue(Double.parseDouble(tick.attr("x")) <= 880.0 + 1e-9, tick.outerHtml());
            }
        }
    }

    @Test
    void singlePolicy_saysThereIsNothingToCompare() throws IOException {
        Path dir = new TinyRun().policy("solo", "fill_rate", same(3, 0.9), "net_value", same(3, 10))
                .writeTo(tmp.resolve("solo"));

        Document doc = Jsoup.parse(ReportBuilder.build(dir).toFile(), "UTF-8");

        assertEquals("Recommended: solo.", doc.selectFirst(".verdict").text());
        assertTrue(doc.selectFirst(".because").text().contains("only policy"));
    }

    @Test
    void substitutions_getATileASentenceAndAChartPanel_onlyWhenTheyHappen() throws IOException {
        Path dir = new TinyRun().objective("total_cost", true, Double.NaN)
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
        assertEquals(8, doc.select(".kpi").size());
        assertTrue(doc.select(".kpi-label").eachText().contains("Substitutions (orders)"));
        assertTrue(doc.text().contains("orders moved to a similar product in stock"), "cumulative chart caption");

        Path plain = new TinyRun().objective("total_cost", true, Double.NaN).policy("a", "fill_rate", same(3, 0.9), "total_cost", same(3, 10))
                .policy("b", "fill_rate", same(3, 0.8), "total_cost", same(3, 9)).writeTo(tmp.resolve("plain"));
        Document none = Jsoup.parse(ReportBuilder.build(plain).toFile(), "UTF-8");
        assertNull(none.selectFirst(".substitutes"));
        assertFalse(none.select(".kpi-label").eachText().contains("Substitutions (orders)"));
        assertFalse(none.text().contains("similar product"));
    }
}
