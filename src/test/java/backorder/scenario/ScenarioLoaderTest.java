package backorder.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backorder.metric.Constraint;
import backorder.metric.Metric;
import backorder.metric.Objective;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Loader behaviour beyond single malformed files: many problems at once, files, distributions. */
class ScenarioLoaderTest {

  static final Path SHOP = Path.of("shop.yaml");

  /** A small valid scenario; {@code %s} is the supplier's lead time. */
  static final String MINIMAL = """
      name: minimal
      horizon_days: 50
      products:
        - sku: A
          demand: {process: poisson, rate_per_day: 5}
      suppliers:
        - name: s1
          lead_time_days: %s
      policies:
        - name: p1
          type: reorder_point
          supplier: s1
          reorder_point: 10
          order_quantity: 20
      """;

  @Test
  void severalProblems_areAllReportedAtOnce_sortedByLine() {
    String yaml = """
        name: Shop
        horizon_days: 0
        products:
          - sku: A
            price: -1
            demand: {process: poisson, rate_per_day: "20"}
            customers: {patience_dayz: 3}
        suppliers:
          - name: s1
            lead_time_days: {dist: weibul, mean: 3}
        policies:
          - name: p1
            type: reorder_point
            supplier: nobody
            order_quantity: 0
        """;

    ScenarioException e = assertThrows(ScenarioException.class,
        () -> ScenarioLoader.parse(yaml, SHOP));

    List<String> lines = e.problems().stream().map(Problem::toString).toList();
    assertEquals(List.of(
        "shop.yaml:1:7: name: must match [a-z0-9-]+ (lowercase letters, digits, dashes), got \"Shop\"",
        "shop.yaml:2:15: horizon_days: must be > 0, got 0",
        "shop.yaml:5:12: products[0].price: must be >= 0, got -1",
        "shop.yaml:6:46: products[0].demand.rate_per_day: must be a number, got \"20\"",
        "shop.yaml:7:17: products[0].customers.patience_dayz: unknown key 'patience_dayz' (expected"
            + " one of: accept_backorder_probability, patience_days, notified_patience_factor,"
            + " lost_after_cancel_probability, lost_after_stockout_probability,"
            + " complaint_after_days, lifetime_value, base, backorder_boost, substitutes)",
        "shop.yaml:10:28: suppliers[0].lead_time_days.dist: unknown distribution 'weibul' (expected"
            + " one of: constant, exponential, uniform, normal, lognormal, gamma, triangular,"
            + " empirical, poisson, geometric)",
        "shop.yaml:12:5: policies[0]: reorder_point or safety_stock required",
        "shop.yaml:14:15: policies[0].supplier: unknown supplier 'nobody' (expected one of: s1)",
        "shop.yaml:15:21: policies[0].order_quantity: must be > 0, got 0"), lines);
    assertEquals(String.join("\n", lines), e.getMessage());
    BadScenarioTest.assertWellFormed(e.problems());
  }

  /** The default direction comes from the metric catalogue; a metric without one cannot rank. */
  @ParameterizedTest
  @CsvSource({"total_cost, true", "profit, false", "fill_rate, false", "complaints, true",
      "revenue, false", "recovery_days, true"})
  void objectiveMetric_defaultsToItsCatalogueDirection(String metric, boolean minimize)
      throws ScenarioException {
    Scenario s = ScenarioLoader.parse(String.format(MINIMAL, 7)
        + "objective: {metric: " + metric + "}\n", SHOP);
    assertEquals(new Objective(metric, minimize, List.of(), Double.NaN), s.objective());
  }

  @Test
  void objectiveMetric_unknown_orWithoutDirection_isAProblem() {
    ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.parse(
        String.format(MINIMAL, 7) + "objective: {metric: fill_rat}\n", SHOP));
    assertEquals(1, e.problems().size());
    assertTrue(e.problems().get(0).toString().contains(
        "objective.metric: unknown metric 'fill_rat' (expected one of: orders, "),
        e.problems().get(0).toString());
    for (String metric : List.of("orders", "purchase_orders_crossed")) {
      e = assertThrows(ScenarioException.class, () -> ScenarioLoader.parse(
          String.format(MINIMAL, 7) + "objective: {metric: " + metric + "}\n", SHOP));
      assertTrue(e.problems().get(0).toString().contains("give direction: min or direction: max"),
          metric);
    }
  }

  @Test
  void objective_directionAndConstraints_areRead() throws ScenarioException {
    Scenario s = ScenarioLoader.parse(String.format(MINIMAL, 7) + "objective:\n  metric: orders\n"
        + "  direction: max\n  constraints: [\"fill_rate >= 0.95\", \"lost_customers<10\"]\n", SHOP);
    assertEquals(new Objective("orders", false, List.of(
        new Constraint(Metric.FILL_RATE, Constraint.Op.AT_LEAST, 0.95),
        new Constraint(Metric.LOST_CUSTOMERS, Constraint.Op.BELOW, 10)), Double.NaN), s.objective());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      "fill_rate => 0.9"  | objective.constraints[0] | must be METRIC OP NUMBER
      "fill_rat >= 0.9"   | objective.constraints[0] | unknown metric 'fill_rat'
      "fill_rate >= 1e999"| objective.constraints[0] | the bound must be a finite number
      [1, 2]              | objective.constraints[0] | must be
      """)
  void badConstraint_isLocated(String constraint, String path, String message) {
    ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.parse(
        String.format(MINIMAL, 7) + "objective:\n  constraints: [" + constraint + "]\n", SHOP));
    String problem = e.problems().get(0).toString();
    assertTrue(problem.contains(path + ": ") && problem.contains(message), problem);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      EUR     | EUR
      "$"     | $
      "US$"   | US$
      €       | €
      "Fr."   | Fr.
      CHFCHFCH| CHFCHFCH
      """)
  void currency_codeOrSymbol_isRead(String written, String expected) throws ScenarioException {
    Scenario s = ScenarioLoader.parse(String.format(MINIMAL, 7) + "currency: " + written + "\n", SHOP);
    assertEquals(expected, s.currency());
  }

  @Test
  void currency_absent_isNone() throws ScenarioException {
    assertEquals(null, ScenarioLoader.parse(String.format(MINIMAL, 7), SHOP).currency());
  }

  /** The currency line is line 15 of the file; its value starts at column 11. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
      "EUR 1"      | must be 1 to 8 letters or symbols, such as EUR or "$" (no digits or spaces), got "EUR 1"
      "12"         | must be 1 to 8 letters or symbols, such as EUR or "$" (no digits or spaces), got "12"
      ""           | must be 1 to 8 letters or symbols, such as EUR or "$" (no digits or spaces), got ""
      "EURO-DOLLAR"| must be 1 to 8 letters or symbols, such as EUR or "$" (no digits or spaces), got "EURO-DOLLAR"
      12           | must be a text such as EUR or "$", got
      [EUR]        | must be a text such as EUR or "$", got
      true         | must be a text such as EUR or "$", got
      """)
  void currency_invalid_isALocatedProblem(String written, String message) {
    ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.parse(
        String.format(MINIMAL, 7) + "currency: " + written + "\n", SHOP));
    assertEquals(1, e.problems().size());
    String problem = e.problems().get(0).toString();
    assertTrue(problem.startsWith("shop.yaml:15:11: currency: " + message), problem);
    BadScenarioTest.assertWellFormed(e.problems());
  }

  @Test
  void missingFile_isOneProblem() {
    Path missing = Path.of("no/such/scenario.yaml");
    ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(missing));
    assertEquals("no/such/scenario.yaml:1:1: (root): file not found: no/such/scenario.yaml",
        e.problems().get(0).toString());
  }

  @Test
  void directory_isOneProblem(@TempDir Path dir) {
    ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(dir));
    assertTrue(e.problems().get(0).message().contains("directory"));
  }

  @Test
  void fileOver4MiB_isRefusedBeforeParsing(@TempDir Path dir) throws IOException {
    Path big = dir.resolve("big.yaml");
    StringBuilder text = new StringBuilder(String.format(MINIMAL, 7));
    String comment = "# " + "x".repeat(1000) + "\n";
    while (text.length() <= TextFiles.SCENARIO_MAX_BYTES) {
      text.append(comment);
    }
    Files.writeString(big, text);
    ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(big));
    assertEquals(1, e.problems().size());
    assertTrue(e.problems().get(0).message().contains("at most 4194304 bytes"),
        e.problems().get(0)::message);
  }

  @Test
  void notUtf8_isOneProblem(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("latin1.yaml");
    Files.write(file, "name: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
    ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(file));
    assertTrue(e.problems().get(0).message().contains("not UTF-8"));
  }

  @Test
  void load_andParse_agree_includingSha256(@TempDir Path dir) throws Exception {
    String yaml = String.format(MINIMAL, 7);
    Path file = dir.resolve("minimal.yaml");
    Files.writeString(file, yaml);
    Scenario loaded = ScenarioLoader.load(file);
    Scenario parsed = ScenarioLoader.parse(yaml, file);
    assertEquals(loaded.sha256(), parsed.sha256());
    assertEquals(loaded.products().get(0).sku(), parsed.products().get(0).sku());
    assertEquals(Objective.DEFAULT, parsed.objective());
    assertEquals(30, parsed.replications());
    assertEquals(1, parsed.seed());
    assertEquals("", parsed.description());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      7                                                       | CONSTANT    | 7   | 0  | 0
      {dist: constant, value: 2.5}                            | CONSTANT    | 2.5 | 0  | 0
      {dist: exponential, mean: 12}                           | EXPONENTIAL | 12  | 0  | 0
      {dist: uniform, min: 6, max: 9}                         | UNIFORM     | 6   | 9  | 0
      {dist: normal, mean: 14, sd: 2}                         | NORMAL      | 14  | 2  | 0
      {dist: lognormal, mean: 18, sd: 4}                      | LOGNORMAL   | 18  | 4  | 0
      {dist: gamma, mean: 10, sd: 3}                          | GAMMA       | 10  | 3  | 0
      {dist: triangular, min: 5, mode: 7, max: 12}            | TRIANGULAR  | 5   | 7  | 12
      {dist: poisson, mean: 4}                                | POISSON     | 4   | 0  | 0
      {dist: geometric, mean: 3}                              | GEOMETRIC   | 3   | 0  | 0
      """)
  void distributions_mapToDistParameters(String written, Dist.Kind kind, double a, double b,
      double c) throws Exception {
    Scenario s = ScenarioLoader.parse(String.format(MINIMAL, written), SHOP);
    assertEquals(new Dist(kind, a, b, c, null, null), s.suppliers().get(0).leadTimeDays());
  }

  @Test
  void empiricalDistribution_keepsValuesAndWeights() throws Exception {
    Scenario s = ScenarioLoader.parse(
        String.format(MINIMAL, "{dist: empirical, values: [3, 5], weights: [1, 3]}"), SHOP);
    Dist d = s.suppliers().get(0).leadTimeDays();
    assertArrayEquals(new double[] {3, 5}, d.values());
    assertArrayEquals(new double[] {1, 3}, d.weights());
    assertEquals(4.5, d.mean());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      {dist: exponential, mean: 0}                 | suppliers[0].lead_time_days.mean    | must be > 0, got 0
      {dist: gamma, mean: 5, sd: 0}                | suppliers[0].lead_time_days.sd      | must be > 0, got 0
      {dist: triangular, min: 1, mode: 9, max: 4}  | suppliers[0].lead_time_days.mode    | must be between min and max (1 and 4), got 9
      {dist: geometric, mean: 0.5}                 | suppliers[0].lead_time_days.mean    | must be >= 1, got 0.5
      {dist: empirical, values: [1], weights: [0]} | suppliers[0].lead_time_days.weights | must not all be 0
      {dist: uniform, min: -1, max: 3}             | suppliers[0].lead_time_days.min     | must be >= 0, got -1
      {mean: 3}                                    | suppliers[0].lead_time_days.dist    | required
      {dist: poisson, mean: 2, sd: 1}              | suppliers[0].lead_time_days.sd      | unknown key 'sd' (expected one of: dist, mean)
      [1, 2]                                       | suppliers[0].lead_time_days         | must be a number or a distribution
      -2                                           | suppliers[0].lead_time_days         | must be >= 0, got -2
      1e-99999                                     | suppliers[0].lead_time_days         | is too close to 0 to be held as a number
      {dist: lognormal, mean: 1e-300, sd: 0}       | suppliers[0].lead_time_days.mean    | is too small for a lognormal (its square rounds to 0
      {dist: gamma, mean: 1e-200, sd: 1e-200}      | suppliers[0].lead_time_days.mean    | is too small for a gamma (its square rounds to 0
      {dist: lognormal, mean: 1e-160, sd: 1}       | suppliers[0].lead_time_days.sd      | is too far from mean (1.0e-160) for a lognormal
      {dist: uniform, min: 0.0, max: 5e-400}       | suppliers[0].lead_time_days.max     | is too close to 0 to be held as a number
      """)
  void wrongDistributions_areReported(String written, String path, String message) {
    ScenarioException e = assertThrows(ScenarioException.class,
        () -> ScenarioLoader.parse(String.format(MINIMAL, written), SHOP));
    Problem first = e.problems().get(0);
    assertEquals(path, first.path(), first::toString);
    assertTrue(first.message().startsWith(message), first::toString);
  }

  @Test
  void productDefaults_fillKeysAProductLeavesOut() throws Exception {
    String yaml = """
        name: defaults
        horizon_days: 30
        product_defaults:
          price: 12
          demand: {process: deterministic, rate_per_day: 2, order_size: 3}
          customers: {lifetime_value: 80, patience_days: 4}
        products:
          - sku: A
          - sku: B
            price: 20
            demand: {rate_per_day: 6}
            customers: {lifetime_value: 10}
        suppliers: [{name: s1, lead_time_days: 2}]
        policies:
          - {name: p, type: reorder_point, supplier: s1, reorder_point: 1, order_quantity: 5}
        """;
    Scenario s = ScenarioLoader.parse(yaml, SHOP);
    Product a = s.products().get(0);
    Product b = s.products().get(1);
    assertEquals(12, a.price());
    assertEquals(Product.Demand.Process.DETERMINISTIC, a.demand().process());
    assertEquals(2, a.demand().ratePerDay());
    assertEquals(Dist.constant(3), a.demand().orderSize());
    assertEquals(Dist.constant(4), a.customers().patienceDays());
    assertEquals(20, b.price());
    assertEquals(6, b.demand().ratePerDay());
    assertEquals(Product.Demand.Process.DETERMINISTIC, b.demand().process());
    assertEquals(10, b.customers().lifetimeValue());
    assertEquals(Dist.constant(4), b.customers().patienceDays());
  }

  @Test
  void wholeNumbers_acceptIntegralFloats_butNotFractions() throws Exception {
    String yaml = String.format(MINIMAL, 7).replace("horizon_days: 50",
        "horizon_days: 50\nreplications: 1e2");
    assertEquals(100, ScenarioLoader.parse(yaml, SHOP).replications());
  }

  @Test
  void nestedDuplicateKey_isReportedAtTheSecondKey() {
    String yaml = String.format(MINIMAL, "{dist: uniform, min: 1, min: 2}");
    ScenarioException e = assertThrows(ScenarioException.class,
        () -> ScenarioLoader.parse(yaml, SHOP));
    assertEquals("shop.yaml:8:45: suppliers[0].lead_time_days.min: duplicate key 'min'"
        + " (first at line 8)", e.problems().get(0).toString());
  }

  /**
   * Robustness: the reference file with any one line removed, or cut after any line, either loads
   * or is refused with problems; no other exception escapes.
   */
  @Test
  void mutilatedReference_neverThrowsAnythingElse() throws IOException {
    List<String> lines = Files.readAllLines(ReferenceScenarioTest.REFERENCE);
    List<String> variants = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      List<String> without = new ArrayList<>(lines);
      without.remove(i);
      variants.add(String.join("\n", without));
      variants.add(String.join("\n", lines.subList(0, i)));
      List<String> shifted = new ArrayList<>(lines);
      shifted.set(i, " " + lines.get(i));
      variants.add(String.join("\n", shifted));
    }
    Path file = ReferenceScenarioTest.REFERENCE;
    for (String text : variants) {
      try {
        ScenarioLoader.parse(text, file);
      } catch (ScenarioException e) {
        BadScenarioTest.assertWellFormed(e.problems());
        assertTrue(e.problems().stream().noneMatch(p -> p.message().contains("internal error")),
            () -> e.getMessage() + "\n--- for ---\n" + text);
      }
    }
  }
}
