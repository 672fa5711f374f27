package backorder.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backorder.report.ReportFixture;
import backorder.report.results.ProductResult;
import backorder.report.results.ResultFiles;
import backorder.report.results.RunResults;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The levels each policy used (summary.json's derived) are read back and shown per product. */
class LevelsUsedTest {

    @TempDir
    Path tmp;

    @Test
    void perProductTable_showsTheReorderPointAndSafetyStockEachPolicyUsed() throws IOException {
        Path dir = ReportFixture.copyTo(tmp.resolve("run"));
        JsonNode summary = new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
        RunResults r = ResultFiles.read(dir);
        for (int i = 0; i < r.policies().size(); i++) {
            JsonNode derived = summary.get("policies").get(i).get("derived");
            ProductResult first = r.policies().get(i).products().get(0);
            assertEquals(derived.get(0).get("sku").asText(), first.sku());
            JsonNode s = derived.get(0).get("reorder_point");
            assertEquals(s.isNull() ? Double.NaN : s.asDouble(), first.levels().reorderPoint());
        }
        Document doc = Jsoup.parse(ReportBuilder.build(dir).toFile(), "UTF-8");
        Element levels = doc.selectFirst("#products td.levels");
        assertTrue(levels != null && levels.text().contains("reorder at"), doc.select("#products").text());
        assertTrue(doc.select("#products td.levels").text().contains("safety stock"));
    }
}
