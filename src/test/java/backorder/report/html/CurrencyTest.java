package backorder.report.html;

import static backorder.report.TinyRun.same;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backorder.metric.Metric;
import backorder.report.TinyRun;
import backorder.report.chart.CostFillScatter;
import backorder.report.chart.PolicyPalette;
import backorder.report.results.ResultFiles;
import backorder.report.results.RunResults;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.jfree.chart.JFreeChart;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scenario's currency: echoed in summary.json and shown in every money label of the report. */
class CurrencyTest {

    @TempDir
    Path tmp;

    private static TinyRun run(String currency) {
        return new TinyRun().currency(currency)
                .policy("a", "net_value", same(3, 12300), "profit", same(3, 12500), "total_cost", same(3, 800),
                        "fill_rate", same(3, 0.9))
                .policy("b", "net_value", same(3, 11100), "profit", same(3, 11200), "total_cost", same(3, 700),
                        "fill_rate", same(3, 0.8));
    }

    private Path dir(String currency) throws IOException {
        return run(currency).writeTo(tmp.resolve(currency == null ? "none" : "c" + currency.hashCode()));
    }

    @Test
    void summaryJson_carriesTheCurrency_nullWhenAbsent() throws IOException {
        JsonMapper json = new JsonMapper();
        JsonNode eur = json.readTree(dir("EUR").resolve("summary.json").toFile());
        JsonNode none = json.readTree(dir(null).resolve("summary.json").toFile());

        assertEquals("EUR", eur.get("currency").asText());
        assertTrue(none.has("currency") && none.get("currency").isNull());
    }

    @Test
    void code_appearsInMoneyCells_tiles_headlineAndChartAxes() throws IOException {
        Path dir = dir("EUR");
        Document doc = Jsoup.parse(ReportBuilder.build(dir).toFile(), "UTF-8");

        Element profitRow = doc.select("table.metrics tbody tr").get(Metric.PROFIT.ordinal());
        assertEquals("EUR", profitRow.selectFirst("td.unit").text());
        assertTrue(profitRow.select("td").get(1).text().startsWith("EUR 12,500"), profitRow.text());
        Element fillRow = doc.select("table.metrics tbody tr").get(Metric.FILL_RATE.ordinal());
        assertFalse(fillRow.text().contains("EUR"), fillRow.text());
        Element tile = doc.selectFirst(".kpi");
        assertTrue(tile.text().startsWith("Net value (EUR) EUR 12,300"), tile.text());
        String because = doc.selectFirst("#headline .because").text();
        assertTrue(because.contains("by EUR 1,200 in net value"), because);
        assertTrue(because.contains("profit \u2212EUR 1,300"), because);
        assertTrue(doc.selectFirst("#headline .cheapest").text().contains("total cost EUR 100 lower"),
                doc.selectFirst("#headline .cheapest").text());
        assertTrue(doc.selectFirst("#comparisons").text().contains("\u2212EUR 1,200"), doc.selectFirst("#comparisons").text());
        RunResults r = ResultFiles.read(dir);
        var scatter = (JFreeChart) CostFillScatter.of(r, PolicyPalette.of(r.policyNames())).orElseThrow().drawing();
        assertEquals("total cost (EUR)", scatter.getXYPlot().getRangeAxis().getLabel());
        assertFalse(doc.text().contains("(currency)"), "no generic unit left");
    }

    @Test
    void symbol_isPrefixedWithoutASpace() throws IOException {
        Document doc = Jsoup.parse(ReportBuilder.build(dir("$")).toFile(), "UTF-8");

        assertTrue(doc.selectFirst(".kpi").text().startsWith("Net value ($) $12,300"), doc.selectFirst(".kpi").text());
        assertTrue(doc.selectFirst("#headline .because").text().contains("by $1,200 in net value"));
    }

    @Test
    void noCurrency_moneyShowsAsBefore() throws IOException {
        Document doc = Jsoup.parse(ReportBuilder.build(dir(null)).toFile(), "UTF-8");

        assertTrue(doc.selectFirst(".kpi").text().startsWith("Net value (currency) 12,300"), doc.selectFirst(".kpi").text());
        assertTrue(doc.selectFirst("#headline .because").text().contains("by 1,200 in net value"));
    }
}
