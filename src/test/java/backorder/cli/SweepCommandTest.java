package backorder.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backorder.cli.CommandLineTest.Outcome;
import backorder.metric.Metric;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code backorder sweep} end to end: the textbook optimum, thread independence, the file layout, bad input. */
class SweepCommandTest {

  static final Path BASE_STOCK = Path.of("src/test/resources/sweep/base-stock.yaml");

  @TempDir
  Path tmp;

  /**
   * One-for-one base stock, Poisson(λ = 4) demand, lead time L = 5, h = 1, b = 9: the sweep's
   * cheapest level on holding + backorder cost is the newsvendor level, the smallest S with
   * P(D ≤ S) ≥ b / (b + h) for D ~ Poisson(λL), within one unit. (Purchase cost is left out: in
   * steady state every level buys one unit per unit demanded, so it does not depend on S.)
   */
  @Test
  void baseStockSweep_findsTheNewsvendorLevel() throws IOException {
    Path dir = tmp.resolve("bs");
    Outcome o = CommandLineTest.execute("sweep", BASE_STOCK.toString(), "--vary",
        "policies[base-stock].reorder_point=15:35:1", "--out", dir.toString(), "--no-report", "--quiet");
    assertEquals(0, o.status(), o.err());
    Map<Integer, Double> cost = new TreeMap<>();
    for (CSVRecord r : rows(dir.resolve("sweep.csv"))) {
      String metric = r.get("metric");
      if (metric.equals("holding_cost") || metric.equals("backorder_cost")) {
        int level = Integer.parseInt(r.get("policies[base-stock].reorder_point")) + 1;
        cost.merge(level, Double.parseDouble(r.get("mean")), Double::sum);
      }
    }
    assertEquals(21, cost.size());
    int found = cost.entrySet().stream().min(Map.Entry.comparingByValue()).orElseThrow().getKey();
    PoissonDistribution d = new PoissonDistribution(4 * 5.0);
    int textbook = 0;
    while (d.cumulativeProbability(textbook) < 9.0 / (9 + 1)) {
      textbook++;
    }
    assertEquals(26, textbook);
    assertTrue(Math.abs(found - textbook) <= 1, "sweep optimum S = " + found + ", textbook " + textbook
        + "; costs " + cost);
  }

  /** The same sweep with 1, 2 and 3 threads writes byte-identical sweep.csv files. */
  /** report DIR redraws a run's folder only; on a sweep's it says which command draws that report. */
  @Test
  void reportOfASweepFolder_namesTheCommandThatDrawsIt() throws IOException {
    Path dir = tmp.resolve("sw");
    Outcome o = CommandLineTest.execute("sweep", CommandLineTest.SHOP.toString(), "--vary",
        "policies[lean].reorder_point=10,16", "--replications", "2", "--out", dir.toString(), "--no-report", "--quiet");
    assertEquals(0, o.status(), o.err());
    Outcome report = CommandLineTest.execute("report", dir.toString());
    assertEquals(2, report.status(), report.err());
    assertEquals("backorder: " + dir + ": no summary.json here (run `backorder run` first); it holds sweep.csv,"
        + " which `backorder sweep` wrote with its own report.html: run that command again without --no-report"
        + " to draw it\n", report.err());
  }

  @Test
  void sweepCsv_isTheSameForAnyThreadCount() throws IOException {
    byte[] first = null;
    for (String threads : List.of("1", "2", "3")) {
      Path dir = tmp.resolve("t" + threads);
      Outcome o = CommandLineTest.execute("sweep", CommandLineTest.SHOP.toString(),
          "--vary", "suppliers[primary].order_cost=20,80", "--vary", "products[LAMP-01].initial_on_hand=30:60:15",
          "--threads", threads, "--out", dir.toString(), "--no-report", "--quiet");
      assertEquals(0, o.status(), o.err());
      byte[] bytes = Files.readAllBytes(dir.resolve("sweep.csv"));
      if (first == null) {
        first = bytes;
      } else {
        assertArrayEquals(first, bytes, "--threads " + threads);
      }
    }
  }

  /**
   * SPEC §6: every point runs on the same seed, so a point's rows are those of a plain run of the
   * scenario edited to the point's values (here a policy's reorder point and a product's stock,
   * so every policy runs).
   */
  @Test
  void pointRows_equalAPlainRunOfTheEditedScenario() throws IOException {
    Path dir = tmp.resolve("grid");
    Outcome o = CommandLineTest.execute("sweep", CommandLineTest.SHOP.toString(),
        "--vary", "policies[lean].reorder_point=10,16", "--vary", "products[LAMP-01].initial_on_hand=45",
        "--replications", "3", "--seed", "41", "--out", dir.toString(), "--no-report", "--quiet");
    assertEquals(0, o.status(), o.err());
    String yaml = Files.readString(CommandLineTest.SHOP);
    String edited = yaml.replace("reorder_point: 10\n", "reorder_point: 16\n")
        .replace("initial_on_hand: 60\n", "initial_on_hand: 45\n");
    assertTrue(edited.contains("reorder_point: 16\n") && edited.contains("initial_on_hand: 45\n"), "both edits apply");
    Path file = tmp.resolve("edited.yaml");
    Files.writeString(file, edited);
    Path plain = tmp.resolve("plain");
    Outcome p = CommandLineTest.execute("run", file.toString(), "--replications", "3", "--seed", "41",
        "--out", plain.toString(), "--no-report", "--quiet");
    assertEquals(0, p.status(), p.err());
    List<String> expected = rows(plain.resolve("summary.csv")).stream()
        .map(r -> String.join(",", r.values())).toList();
    List<String> point = rows(dir.resolve("sweep.csv")).stream().filter(r -> r.get("point").equals("1"))
        .map(r -> String.join(",", List.of(r.values()).subList(3, r.size()))).toList();
    assertEquals(3 * Metric.COUNT, point.size(), "point 1: reorder point 16, stock 45, every policy");
    assertEquals(expected, point);
  }

  /**
   * SPEC §6 with §7: a store's own setting is swept through the policy's {@code at.LOCATION} with
   * the location spelt as in the scenario (regional-network's stores have hyphens); a misspelt
   * location is invalid input naming it.
   */
  @Test
  void sweep_variesAStoresSettingThroughAt() throws IOException {
    Path dir = tmp.resolve("store");
    String path = "policies[store-safety-stock].at.los-angeles.reorder_point";
    Outcome o = CommandLineTest.execute("sweep", "scenarios/regional-network.yaml", "--vary", path + "=0,60",
        "--policy", "store-safety-stock", "--replications", "1", "--out", dir.toString(), "--no-report", "--quiet");
    assertEquals(0, o.status(), o.err());
    List<CSVRecord> fill = rows(dir.resolve("sweep.csv")).stream()
        .filter(r -> r.get("metric").equals("fill_rate")).toList();
    assertEquals(List.of("0", "60"), fill.stream().map(r -> r.get(path)).toList());
    assertNotEquals(fill.get(0).get("mean"), fill.get(1).get("mean"), "the store's reorder point counts");
    Outcome bad = CommandLineTest.execute("sweep", "scenarios/regional-network.yaml", "--vary",
        "policies[store-safety-stock].at.los-angelos.reorder_point=0,60", "--out", tmp.resolve("bad").toString());
    assertEquals(2, bad.status(), bad.err());
    assertTrue(bad.err().contains("unknown location 'los-angelos'"), bad.err());
  }

  /** Long format: one row per grid point, policy and registry metric, the paths as columns; then the report. */
  @Test
  void sweep_writesLongCsvChartAndReport() throws IOException {
    Path dir = tmp.resolve("shop");
    Outcome o = CommandLineTest.execute("sweep", CommandLineTest.SHOP.toString(),
        "--vary", "products[LAMP-01].initial_on_hand=30,60", "--vary", "suppliers[backup].unit_cost=15,25",
        "--replications", "3", "--threads", "2", "--out", dir.toString());
    assertEquals(0, o.status(), o.err());
    List<String> lines = Files.readAllLines(dir.resolve("sweep.csv"));
    assertEquals("point,products[LAMP-01].initial_on_hand,suppliers[backup].unit_cost,policy,metric,mean,sd,"
        + "ci95_low,ci95_high", lines.get(0));
    assertEquals(1 + 4 * 3 * Metric.COUNT, lines.size(), "4 points x 3 policies x every metric");
    assertTrue(lines.get(1).startsWith("0,30,15,safety-stock," + Metric.values()[0].key() + ","), lines.get(1));
    assertTrue(lines.get(lines.size() - 1).startsWith("3,60,25,dual,"
        + Metric.values()[Metric.COUNT - 1].key() + ","));
    for (String f : List.of("report.html", "charts/trade_offs.png", "charts/trade_offs.svg")) {
      assertTrue(Files.size(dir.resolve(f)) > 1000, f);
    }
    String html = Files.readString(dir.resolve("report.html"));
    assertTrue(html.contains("Worth considering:"), "headline");
    assertTrue(html.contains("Fill rate per point"), "per-point table");
    Document page = Jsoup.parse(html);
    assertEquals("h2", page.selectFirst(".verdict").tagName(), "the verdict is the page's first heading after h1");
    // a long path in a header that may not wrap made the table wider than a 1280-px screen
    Elements paths = page.select("thead th.path");
    assertEquals(4, paths.size(), "two paths in each of the two tables");
    assertEquals("products[LAMP-01].<wbr>initial_on_hand", paths.get(0).selectFirst("code").html());
    assertEquals(page.select("table").size(), page.select("div.scroll > table").size(), "every table scrolls");
    assertEquals("charts/trade_offs.png", page.selectFirst("figure img").parent().attr("href"));
    assertTrue(o.out().contains("worth considering"), o.out());
    try (Stream<Path> files = Files.walk(dir)) {
      assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary files left");
    }
  }

  /** When every path addresses a policy, only those policies run (the others would repeat themselves). */
  @Test
  void policyPaths_runOnlyTheAddressedPolicies() throws IOException {
    Path dir = tmp.resolve("lean");
    Outcome o = CommandLineTest.execute("sweep", CommandLineTest.SHOP.toString(),
        "--vary", "policies[lean].reorder_point=5,10,15", "--out", dir.toString(), "--no-report", "--quiet");
    assertEquals(0, o.status(), o.err());
    List<CSVRecord> rows = rows(dir.resolve("sweep.csv"));
    assertEquals(3 * Metric.COUNT, rows.size());
    assertTrue(rows.stream().allMatch(r -> r.get("policy").equals("lean")));
  }

  static Stream<Arguments> badInput() {
    return Stream.of(
        Arguments.of("policies[lean].reorder_pt=5,10", "unknown key 'reorder_pt' at policies[lean] (keys there: "
            + "name, type, supplier, reorder_point, safety_stock"),
        Arguments.of("policies[leen].reorder_point=5,10", "unknown policy 'leen' (names there: safety-stock, lean, dual"),
        Arguments.of("products[LAMP-01].demand.rate=1:3:1", "unknown key 'rate' at products[LAMP-01].demand"),
        Arguments.of("policies[lean].reorder_point=5:10:0", "STEP must be > 0, got 0"),
        Arguments.of("policies[lean].reorder_point=10:5:1", "FROM (10) must be <= TO (5)"),
        Arguments.of("policies[lean].reorder_point=5,ten", "(value ten): must be a number, got \"ten\""),
        Arguments.of("policies[lean].reorder_point=a:b:1", "FROM must be a number, got 'a'"),
        Arguments.of("policies[safety-stock].safety_stock.service_level=0.9:1.1:0.1",
            "(value 1): must be > 0 and < 1, got 1"),
        Arguments.of("disruptions[4].multiplier=2", "unknown disruption '4'"),
        Arguments.of("horizon_days=10,20", "is not a scenario path"));
  }

  /** Each bad --vary is invalid input: exit 2, a message naming the argument, no file written. */
  @ParameterizedTest
  @MethodSource("badInput")
  void badVary_exits2NamingTheArgument(String vary, String expected) {
    Path dir = tmp.resolve("bad");
    Outcome o = CommandLineTest.execute("sweep", CommandLineTest.SHOP.toString(), "--vary", vary,
        "--out", dir.toString(), "--no-report", "--quiet");
    assertEquals(2, o.status(), o.err());
    assertTrue(o.err().contains("--vary '" + vary + "'"), o.err());
    assertTrue(o.err().contains(expected), o.err());
    assertFalse(o.err().contains("small-shop.yaml:"), "no file position for a value given outside the file: " + o.err());
    assertFalse(Files.exists(dir), "no output for invalid input");
  }

  /** Too many points, a path varied twice, a --policy that leaves out the varied policy: exit 2. */
  @Test
  void badGrid_exits2() {
    Outcome big = CommandLineTest.execute("sweep", CommandLineTest.SHOP.toString(), "--out", tmp.resolve("a").toString(),
        "--vary", "policies[lean].reorder_point=1:200:1", "--vary", "policies[lean].order_quantity=1:100:1");
    assertEquals(2, big.status());
    assertTrue(big.err().contains("more than 10000 points"), big.err());
    Outcome twice = CommandLineTest.execute("sweep", CommandLineTest.SHOP.toString(), "--out", tmp.resolve("b").toString(),
        "--vary", "policies[lean].reorder_point=1,2", "--vary", "policies[lean].reorder_point=3");
    assertEquals(2, twice.status());
    assertTrue(twice.err().contains("varied twice"), twice.err());
    Outcome left = CommandLineTest.execute("sweep", CommandLineTest.SHOP.toString(), "--out", tmp.resolve("c").toString(),
        "--vary", "policies[lean].reorder_point=1,2", "--policy", "dual");
    assertEquals(2, left.status());
    assertTrue(left.err().contains("which --policy leaves out"), left.err());
  }

  /** A combination can be invalid although each value is fine alone: named by its grid point. */
  @Test
  void invalidCombination_namesTheGridPoint() throws IOException {
    Path file = tmp.resolve("up-to.yaml");
    Files.writeString(file, Files.readString(CommandLineTest.SHOP) + """
          - name: up-to
            type: reorder_point
            supplier: primary
            reorder_point: 10
            order_up_to: 100
        """);
    Outcome o = CommandLineTest.execute("sweep", file.toString(), "--out", tmp.resolve("d").toString(),
        "--vary", "policies[up-to].reorder_point=10,50", "--vary", "policies[up-to].order_up_to=40,80");
    assertEquals(2, o.status(), o.err());
    assertTrue(o.err().contains("grid point 2 (policies[up-to].reorder_point=50, policies[up-to].order_up_to=40)"),
        o.err());
    assertTrue(o.err().contains("must be > reorder_point (50), got 40"), o.err());
    assertEquals(1, o.err().lines().count(), o.err());
  }

  static List<CSVRecord> rows(Path file) throws IOException {
    try (Reader in = Files.newBufferedReader(file)) {
      return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
    }
  }
}
