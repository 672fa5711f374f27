package backorder.report.html;

import static backorder.report.TinyRun.same;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backorder.report.ReportFixture;
import backorder.report.TinyRun;
import backorder.report.results.ComparisonRow;
import backorder.report.results.PolicyComparisons;
import backorder.report.results.ResultFiles;
import backorder.report.results.RunResults;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** summary.json's comparisons read back, and the report's matrix against the recommended policy. */
class ComparisonSectionTest {

    @TempDir
    Path tmp;

    /** a has the most net value (recommended); c is close and noisy (tied); b is clearly worse. */
    private Path run() throws IOException {
        Path dir = new TinyRun()
                .policy("a", "net_value", same(4, 100), "fill_rate", same(4, 0.95))
                .policy("b", "net_value", same(4, 80), "fill_rate", same(4, 0.95))
                .policy("c", "net_value", new double[] {101, 96, 100, 98}, "fill_rate", same(4, 0.95))
                .writeTo(tmp.resolve("run"));
        JsonMapper json = new JsonMapper();
        ObjectNode root = (ObjectNode) json.readTree(dir.resolve("summary.json").toFile());
        ArrayNode rows = root.putArray("comparisons");
        row(rows.addObject(), "b", "net_value", -20.0, 0.0, -20.0, -20.0, 0.0, 0.0);
        row(rows.addObject(), "c", "net_value", -1.25, 2.2, -4.75, 2.25, 0.33, 0.33);
        row(rows.addObject(), "c", "fill_rate", 0.0, 0.0, 0.0, 0.0, null, null);
        ArrayNode ranking = root.putArray("ranking");
        rank(ranking.addObject(), "a", 1, false);
        rank(ranking.addObject(), "c", 2, false);
        rank(ranking.addObject(), "b", 3, true);
        Files.writeString(dir.resolve("summary.json"), json.writeValueAsString(root));
        return dir;
    }

    private static void row(ObjectNode o, String policy, String metric, Double... v) {
        o.put("policy", policy);
        o.put("baseline", "a");
        o.put("metric", metric);
        List<String> fields = List.of("mean_diff", "sd_diff", "ci95_low", "ci95_high", "p_value", "p_adjusted");
        for (int i = 0; i < fields.size(); i++) {
            o.put(fields.get(i), v[i]);
        }
    }

    private static void rank(ObjectNode o, String policy, int rank, boolean distinguishable) {
        o.put("policy", policy);
        o.put("rank", rank);
        o.put("distinguishable_from_best", distinguishable);
    }

    @Test
    void reader_readsRowsWithNullsAsNaN_andTheRanking() throws IOException {
        RunResults r = ResultFiles.read(run());
        assertEquals(3, r.comparisons().rows().size());
        ComparisonRow fill = r.comparisons().find("c", "a", "fill_rate").orElseThrow();
        assertTrue(Double.isNaN(fill.pValue()) && Double.isNaN(fill.pAdjusted()));
        assertEquals(0.0, fill.meanDiff());
        assertEquals(3, r.comparisons().rank("b").orElseThrow().rank());
        assertTrue(r.comparisons().rank("b").orElseThrow().distinguishableFromBest());
    }

    @Test
    void reader_toleratesFilesWithoutComparisons() throws IOException {
        Path old = ReportFixture.copyTo(tmp.resolve("old"));
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        var root = (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(old.resolve("summary.json").toFile());
        root.remove("comparisons");
        root.remove("ranking");
        mapper.writeValue(old.resolve("summary.json").toFile(), root); // as written before SPEC §5
        RunResults r = ResultFiles.read(old);
        assertEquals(PolicyComparisons.NONE, r.comparisons());
        Document doc = Jsoup.parse(ReportBuilder.build(tmp.resolve("old")).toFile(), "UTF-8");
        assertTrue(doc.select("#comparisons").isEmpty(), "no matrix without comparisons");
    }

    @Test
    void report_listsEachPolicyAgainstTheRecommended_tiedOnesMarked() throws IOException {
        Document doc = Jsoup.parse(ReportBuilder.build(run()).toFile(), "UTF-8");
        Element section = doc.selectFirst("#comparisons");
        assertTrue(section != null, "comparison section");
        List<Element> rows = section.select("tbody tr");
        assertEquals(List.of("a", "c", "b"), rows.stream().map(e -> e.selectFirst("th").text()).toList());
        assertTrue(rows.get(0).text().contains("recommended"));
        // c: net value tied (adjusted p 0.33), fill rate identical (no test) also tied
        Element c = rows.get(1);
        assertEquals(4, c.select("td.tied").size());
        assertTrue(c.text().contains("\u22121.25"), c.text());
        assertTrue(c.text().contains("0.330 tied"), c.text());
        // b: clearly worse, nothing tied; its fill-rate row is absent from the file
        Element b = rows.get(2);
        assertTrue(b.select("td.tied").isEmpty(), b.outerHtml());
        assertTrue(b.text().contains("\u221220.00") && b.text().contains("< 0.001"), b.text());
        assertTrue(b.text().contains("\u2014"), b.text());
    }
}
