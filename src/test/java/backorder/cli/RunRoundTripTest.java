package backorder.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backorder.metric.Metric;
import backorder.report.results.MetricStat;
import backorder.report.results.PolicyResult;
import backorder.report.results.ProductResult;
import backorder.report.results.ResultFiles;
import backorder.report.results.RunResults;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SortedMap;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole {@code run} through the command line, report included, whose files are read back by the
 * report's own readers and checked against summary.json read independently: what the writers write
 * is what the report shows, for every metric of the catalogue.
 */
class RunRoundTripTest {

  static final List<String> KEYS = Arrays.stream(Metric.values()).map(Metric::key).toList();

  @TempDir
  static Path tmp;
  static Path dir;
  static CommandLineTest.Outcome outcome;
  static JsonNode summary;

  @BeforeAll
  static void run() throws IOException {
    dir = tmp.resolve("out");
    outcome = CommandLineTest.execute("run", CommandLineTest.SHOP.toString(),
        "--out", dir.toString(), "--threads", "2");
    assertEquals(0, outcome.status(), outcome.err());
    summary = new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
  }

  @Test
  void readers_seeEveryCatalogueMetricForEveryPolicyAndProduct_asSummaryJsonSaysIt()
      throws IOException {
    RunResults r = ResultFiles.read(dir);

    assertEquals(KEYS, r.metricNames());
    List<String> names = new ArrayList<>();
    summary.get("policies").forEach(p -> names.add(p.get("name").asText()));
    assertEquals(List.of("safety-stock", "lean", "dual"), names);
    assertEquals(names, r.policyNames());
    for (JsonNode p : summary.get("policies")) {
      PolicyResult read = r.policy(p.get("name").asText());
      assertMetrics(p.get("metrics"), read.metrics().keySet().stream().toList(), read::metric,
          read.name());
      assertEquals(p.get("products").size(), read.products().size());
      for (int k = 0; k < read.products().size(); k++) {
        JsonNode product = p.get("products").get(k);
        ProductResult pr = read.products().get(k);
        assertEquals(product.get("sku").asText(), pr.sku());
        assertMetrics(product.get("metrics"), pr.metrics().keySet().stream().toList(), pr::metric,
            read.name() + "/" + pr.sku());
      }
    }
  }

  private static void assertMetrics(JsonNode json, List<String> readKeys,
      Function<String, MetricStat> read, String where) {
    assertEquals(KEYS, readKeys, where);
    for (String key : KEYS) {
      JsonNode m = json.get(key);
      MetricStat s = read.apply(key);
      String at = where + "." + key;
      assertEquals(number(m, "mean"), s.mean(), at);
      assertEquals(number(m, "sd"), s.sd(), at);
      assertEquals(number(m, "ci95_low"), s.ci95Low(), at);
      assertEquals(number(m, "ci95_high"), s.ci95High(), at);
    }
  }

  @Test
  void replicationsCsv_holdsEveryCatalogueMetric_andAveragesToTheSummaryMeans() throws IOException {
    RunResults r = ResultFiles.read(dir);
    int replications = summary.get("replications").asInt();

    assertEquals(KEYS, r.replications().metrics());
    for (PolicyResult p : r.policies()) {
      for (String key : KEYS) {
        SortedMap<Integer, Double> column = r.replications().column(p.name(), key);
        assertEquals(replications, column.size(), p.name() + "." + key);
        double[] observed = column.values().stream().mapToDouble(Double::doubleValue)
            .filter(Double::isFinite).toArray();
        double expected = p.metric(key).mean();
        if (observed.length == 0) {
          assertEquals(Double.NaN, expected, p.name() + "." + key + ": no observations, null mean");
        } else {
          double mean = Arrays.stream(observed).average().orElseThrow();
          double tolerance = 1e-9 * Math.max(1, Math.abs(expected));
          assertEquals(expected, mean, tolerance, p.name() + "." + key);
        }
      }
    }
  }

  @Test
  void summaryCsv_repeatsSummaryJson_exactly() throws IOException {
    List<CSVRecord> rows;
    try (Reader in = Files.newBufferedReader(dir.resolve("summary.csv"))) {
      rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)
          .getRecords();
    }
    assertEquals(summary.get("policies").size() * Metric.COUNT, rows.size());
    int i = 0;
    for (JsonNode p : summary.get("policies")) {
      for (String key : KEYS) {
        CSVRecord row = rows.get(i++);
        assertEquals(p.get("name").asText(), row.get("policy"));
        assertEquals(key, row.get("metric"));
        JsonNode m = p.get("metrics").get(key);
        for (String field : List.of("mean", "sd", "ci95_low", "ci95_high")) {
          double cell = row.get(field).isEmpty() ? Double.NaN : Double.parseDouble(row.get(field));
          assertEquals(number(m, field), cell, row.toString());
        }
      }
    }
  }

  @Test
  void reportHtml_showsEveryPolicyAndEveryCatalogueMetric() throws IOException {
    Path html = dir.resolve("report.html");
    assertTrue(Files.isRegularFile(html));
    Document doc = Jsoup.parse(html.toFile(), "UTF-8");
    List<String> policies = new ArrayList<>();
    summary.get("policies").forEach(p -> policies.add(p.get("name").asText()));

    List<String> columns = doc.select("table.metrics thead th").eachText();
    assertEquals("Metric", columns.get(0));
    assertEquals(policies, columns.subList(2, columns.size()));
    Elements rows = doc.select("table.metrics tbody tr");
    assertEquals(KEYS, rows.stream().map(tr -> tr.selectFirst("th code").text()).toList());
    String verdict = doc.selectFirst(".verdict").text();
    assertTrue(policies.stream().anyMatch(p -> verdict.equals("Recommended: " + p + ".")), verdict);
    for (Element img : doc.select("img[src]")) {
      String src = img.attr("src");
      assertTrue(src.startsWith("data:") || Files.isRegularFile(dir.resolve(src)), src);
    }
    for (String p : policies) {
      assertTrue(outcome.out().contains(p), "comparison table on stdout names " + p);
    }
  }

  private static double number(JsonNode metric, String field) {
    JsonNode v = metric.get(field);
    return v.isNull() ? Double.NaN : v.asDouble();
  }
}
