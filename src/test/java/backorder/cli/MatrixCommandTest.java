package backorder.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backorder.cli.CommandLineTest.Outcome;
import backorder.metric.Metric;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code backorder run A B C --matrix}: ranks and regrets against hand computation, the file layout, bad input. */
class MatrixCommandTest {

  static final Path DIR = Path.of("src/test/resources/matrix");
  static final String[] IDLE = {DIR.resolve("idle-a.yaml").toString(), DIR.resolve("idle-b.yaml").toString(),
      DIR.resolve("idle-c.yaml").toString()};

  @TempDir
  Path tmp;

  /**
   * Three worlds without customers or randomness (idle-a.yaml works the numbers out): net value
   * is minus the holding cost, h x (1,000, 2,800, 5,500) for none, small, big, with h = 1, 2 and
   * 0.5; idle-b requires 20 units on hand on average (none fails), idle-c 40 (only big meets it).
   */
  @Test
  void threeScenarios_ranksAndRegretsAsComputedByHand() throws Exception {
    Path dir = tmp.resolve("m");
    Outcome o = CommandLineTest.execute("run", IDLE[0], IDLE[1], IDLE[2], "--matrix", "--out", dir.toString());
    assertEquals(0, o.status(), o.err());
    Map<String, String> got = new TreeMap<>();
    List<CSVRecord> rows = SweepCommandTest.rows(dir.resolve("matrix.csv"));
    assertEquals(3 * 3 * Metric.COUNT, rows.size(), "scenario x policy x metric");
    for (CSVRecord r : rows) {
      if (r.get("metric").equals("net_value")) {
        got.put(r.get("scenario") + " " + r.get("policy"), r.get("mean") + " " + r.get("rank") + " " + r.get("regret"));
      } else {
        assertEquals("", r.get("rank") + r.get("regret"), "rank and regret only on the objective: " + r);
      }
    }
    Map<String, String> hand = new TreeMap<>(Map.of(
        "idle-a none", "-1000 1 0", "idle-a small", "-2800 2 1800", "idle-a big", "-5500 3 4500",
        "idle-b small", "-5600 1 0", "idle-b big", "-11000 2 5400", "idle-b none", "-2000 3 -3600",
        "idle-c big", "-2750 1 0", "idle-c none", "-500 2 -2250", "idle-c small", "-1400 3 -1350"));
    assertEquals(hand, got);
    assertEquals(List.of("none", "small", "big"), rows.stream().filter(r -> r.get("scenario").equals("idle-c"))
        .map(r -> r.get("policy")).distinct().toList(), "policies in the first scenario's order");
    // worst case: big max(4500, 5400, 0) = 5400 and meets every constraint; small 1800 but fails in idle-c;
    // none 0 but fails in idle-b and idle-c: feasibility first, as SPEC §5 ranks policies
    assertTrue(o.out().contains("  1. big                      worst 5,400 (idle-b), ranks 3 2 1\n"), o.out());
    assertTrue(o.out().contains("  2. small                    worst 1,800 (idle-a), ranks 2 1 3, fails a constraint in 1 of 3"), o.out());
    assertTrue(o.out().contains("  3. none "), o.out());
    Document html = Jsoup.parse(dir.resolve("report.html").toFile());
    assertEquals("Most robust: big.", html.selectFirst(".verdict").text());
    assertEquals("h2", html.selectFirst(".verdict").tagName(), "the verdict is the page's first heading after h1");
    assertEquals(List.of("big", "small", "none"), html.select("#heat-map tbody th").eachText());
    var bigRow = html.select("#heat-map tbody tr").get(0).select("td");
    assertEquals(List.of("4,500", "5,400", "0"), bigRow.stream().map(td -> td.ownText()).toList());
    assertEquals(List.of("rank 3", "rank 2", "rank 1"), bigRow.select(".rank").eachText());
    assertTrue(html.select("#heat-map tbody tr").get(2).select("td").get(1).text().contains("\u2020"),
        "none fails idle-b's constraint");
    // a table wider than a phone scrolls in its own box instead of widening the page
    assertEquals(4, html.select("table").size());
    assertEquals(4, html.select("div.scroll > table").size());
  }

  /** A scenario sharing no policy name with the others is left out, said on stderr. */
  @Test
  void scenarioSharingNoName_isLeftOut() throws Exception {
    Path dir = tmp.resolve("left");
    Outcome o = CommandLineTest.execute("run", IDLE[0], IDLE[1], CommandLineTest.SHOP.toString(), "--matrix",
        "--out", dir.toString(), "--no-report");
    assertEquals(0, o.status(), o.err());
    assertTrue(o.err().contains("small-shop (" + CommandLineTest.SHOP + ") left out: none of its policies"
        + " (safety-stock, lean, dual) appears in another scenario"), o.err());
    assertTrue(SweepCommandTest.rows(dir.resolve("matrix.csv")).stream().noneMatch(r -> r.get("scenario").equals("small-shop")));
    assertFalse(Files.exists(dir.resolve("report.html")), "--no-report");
  }

  /** matrix.csv and report.html are byte-identical with 1 and 2 threads (two random scenarios). */
  @Test
  void outputs_areTheSameForAnyThreadCount() throws Exception {
    Path other = tmp.resolve("shop-b.yaml");
    Files.writeString(other, Files.readString(CommandLineTest.SHOP).replace("name: small-shop", "name: shop-b")
        .replace("seed: 7", "seed: 8"));
    byte[][] first = null;
    for (String threads : List.of("1", "2")) {
      Path dir = tmp.resolve("t" + threads);
      Outcome o = CommandLineTest.execute("run", CommandLineTest.SHOP.toString(), other.toString(), "--matrix",
          "--threads", threads, "--out", dir.toString(), "--quiet");
      assertEquals(0, o.status(), o.err());
      byte[][] files = {Files.readAllBytes(dir.resolve("matrix.csv")), Files.readAllBytes(dir.resolve("report.html"))};
      if (first == null) {
        first = files;
      } else {
        assertArrayEquals(first[0], files[0], "matrix.csv");
        assertArrayEquals(first[1], files[1], "report.html");
      }
    }
  }

  /** Several scenarios without --matrix, one with it, objectives in different units, a --policy not shared: exit 2. */
  @Test
  void badInput_exits2() throws Exception {
    Outcome several = CommandLineTest.execute("run", IDLE[0], IDLE[1], "--out", tmp.resolve("a").toString());
    assertEquals(2, several.status());
    assertTrue(several.err().contains("several scenarios need --matrix"), several.err());
    Outcome one = CommandLineTest.execute("run", IDLE[0], "--matrix", "--out", tmp.resolve("b").toString());
    assertEquals(2, one.status());
    assertTrue(one.err().contains("--matrix: give at least two scenarios"), one.err());
    Path fill = tmp.resolve("idle-fill.yaml");
    Files.writeString(fill, Files.readString(Path.of(IDLE[0])).replace("name: idle-a", "name: idle-fill")
        + "objective: {metric: avg_on_hand_units, direction: max}\n");
    Outcome units = CommandLineTest.execute("run", IDLE[0], fill.toString(), "--matrix", "--out", tmp.resolve("c").toString());
    assertEquals(2, units.status());
    assertTrue(units.err().contains("objectives are in different units"), units.err());
    Outcome policy = CommandLineTest.execute("run", IDLE[0], IDLE[1], "--matrix", "--policy", "lean",
        "--out", tmp.resolve("d").toString());
    assertEquals(2, policy.status());
    assertTrue(policy.err().contains("--policy: 'lean' is not a policy of every scenario (common: none, small, big)"),
        policy.err());
    for (String d : List.of("a", "b", "c", "d")) {
      assertFalse(Files.exists(tmp.resolve(d)), "no output for invalid input");
    }
  }
}
