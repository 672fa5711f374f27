package backorder.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backorder.metric.Metric;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.math3.stat.inference.TTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real small run: summary.json's comparisons and ranking, comparisons.csv, and the terminal's star. */
class ComparisonOutputsTest {

  static final List<String> FIELDS =
      List.of("mean_diff", "sd_diff", "ci95_low", "ci95_high", "p_value", "p_adjusted");

  @TempDir
  Path tmp;

  @Test
  void whenNoPolicyMeetsTheConstraints_theTerminalSaysSo() throws IOException {
    Path shop = tmp.resolve("impossible.yaml");
    Files.writeString(shop, Files.readString(CommandLineTest.SHOP).replace("seed: 7\n",
        "seed: 7\nobjective: {metric: net_value, constraints: [\"fill_rate > 1\"]}\n"));
    CommandLineTest.Outcome o = CommandLineTest.execute("run", shop.toString(), "--no-report",
        "--replications", "2", "--out", tmp.resolve("out").toString());
    assertEquals(0, o.status(), o.err());
    assertTrue(o.out().contains("no policy meets every constraint: all are ranked on net_value alone"),
        o.out());
  }

  @Test
  void run_writesEveryOrderedPairOnEveryMetric_rankingAndMatchingCsv() throws IOException {
    Path dir = tmp.resolve("out");
    CommandLineTest.Outcome o = CommandLineTest.execute("run", CommandLineTest.SHOP.toString(),
        "--out", dir.toString());
    assertEquals(0, o.status(), o.err());
    JsonNode summary = new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
    List<String> names = new ArrayList<>();
    summary.get("policies").forEach(p -> names.add(p.get("name").asText()));
    assertEquals(3, names.size());

    JsonNode comparisons = summary.get("comparisons");
    assertEquals(names.size() * (names.size() - 1) * Metric.COUNT, comparisons.size());
    Map<String, JsonNode> byKey = new HashMap<>();
    for (JsonNode c : comparisons) {
      String key = c.get("policy").asText() + "|" + c.get("baseline").asText() + "|" + c.get("metric").asText();
      assertFalse(c.get("policy").asText().equals(c.get("baseline").asText()), key);
      assertTrue(byKey.put(key, c) == null, "duplicate " + key);
      for (String f : FIELDS) {
        assertTrue(c.has(f), key + "." + f);
      }
      if (!c.get("p_value").isNull()) {
        assertTrue(c.get("p_adjusted").asDouble() >= c.get("p_value").asDouble(), key);
        assertTrue(c.get("p_adjusted").asDouble() <= 1.0, key);
      }
    }
    for (String a : names) {
      for (String b : names) {
        for (Metric m : Metric.values()) {
          if (!a.equals(b)) {
            JsonNode ab = byKey.get(a + "|" + b + "|" + m.key());
            JsonNode ba = byKey.get(b + "|" + a + "|" + m.key());
            assertTrue(ab != null && ba != null, a + " vs " + b + " on " + m.key());
            assertEquals(ab.get("p_adjusted"), ba.get("p_adjusted"));
            if (!ab.get("mean_diff").isNull()) {
              assertEquals(-ab.get("mean_diff").asDouble(), ba.get("mean_diff").asDouble(), 1e-9);
            }
          }
        }
      }
    }
    checkRanking(summary, names, byKey);
    checkAgainstReplications(dir, byKey);
    checkCsv(dir, comparisons);
    String best = summary.get("ranking").get(0).get("policy").asText();
    assertTrue(o.out().contains("*" + best), o.out());
    assertTrue(o.out().contains("* recommended: " + best), o.out());
    assertTrue(o.out().contains("report: " + dir.resolve("report.html")), o.out());
    String html = Files.readString(dir.resolve("report.html"));
    assertTrue(html.contains("<section id=\"comparisons\">"), "comparison matrix in report.html");
  }

  private static void checkRanking(JsonNode summary, List<String> names, Map<String, JsonNode> byKey) {
    JsonNode ranking = summary.get("ranking");
    assertEquals(names.size(), ranking.size());
    Set<String> ranked = new HashSet<>();
    String best = ranking.get(0).get("policy").asText();
    String metric = summary.get("objective").get("metric").asText();
    for (int i = 0; i < ranking.size(); i++) {
      JsonNode e = ranking.get(i);
      assertEquals(i + 1, e.get("rank").asInt());
      String p = e.get("policy").asText();
      ranked.add(p);
      boolean expected = i > 0 && !byKey.get(p + "|" + best + "|" + metric).get("p_adjusted").isNull()
          && byKey.get(p + "|" + best + "|" + metric).get("p_adjusted").asDouble() < 0.05;
      assertEquals(expected, e.get("distinguishable_from_best").asBoolean(), p);
    }
    assertEquals(Set.copyOf(names), ranked);
  }

  /** Recomputes one p-value from replications.csv with Commons Math's paired t-test. */
  private static void checkAgainstReplications(Path dir, Map<String, JsonNode> byKey) throws IOException {
    List<String> lines = Files.readAllLines(dir.resolve("replications.csv"));
    int col = List.of(lines.get(0).split(",")).indexOf("total_cost");
    Map<String, List<Double>> cost = new HashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",", -1);
      cost.computeIfAbsent(cells[0], k -> new ArrayList<>()).add(Double.parseDouble(cells[col]));
    }
    double[] lean = cost.get("lean").stream().mapToDouble(Double::doubleValue).toArray();
    double[] safety = cost.get("safety-stock").stream().mapToDouble(Double::doubleValue).toArray();
    JsonNode c = byKey.get("lean|safety-stock|total_cost");
    assertEquals(new TTest().pairedTTest(lean, safety), c.get("p_value").asDouble(), 1e-12);
  }

  private static void checkCsv(Path dir, JsonNode comparisons) throws IOException {
    List<String> lines = Files.readAllLines(dir.resolve("comparisons.csv"));
    assertEquals("policy,baseline,metric,mean_diff,sd_diff,ci95_low,ci95_high,p_value,p_adjusted", lines.get(0));
    assertEquals(comparisons.size() + 1, lines.size());
    for (int i = 0; i < comparisons.size(); i++) {
      String[] cells = lines.get(i + 1).split(",", -1);
      JsonNode c = comparisons.get(i);
      assertEquals(c.get("policy").asText(), cells[0]);
      assertEquals(c.get("baseline").asText(), cells[1]);
      assertEquals(c.get("metric").asText(), cells[2]);
      for (int f = 0; f < FIELDS.size(); f++) {
        JsonNode v = c.get(FIELDS.get(f));
        String cell = cells[3 + f];
        if (v.isNull()) {
          assertEquals("", cell, "row " + (i + 1) + " " + FIELDS.get(f));
        } else {
          assertEquals(v.asDouble(), Double.parseDouble(cell), 0.0, "row " + (i + 1) + " " + FIELDS.get(f));
        }
      }
    }
  }
}
