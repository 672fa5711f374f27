package backorder.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backorder.scenario.Product.Substitute;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code customers.substitutes} (SPEC §9) in YAML and catalogue cells, and offer_substitutes. */
class SubstitutesScenarioTest {

  /** Three lamps; {@code %s} is LAMP-01's customers mapping, {@code %s} the policy's extra key. */
  static final String LAMPS = """
      name: lamps
      horizon_days: 50
      products:
        - sku: LAMP-01
          demand: {process: poisson, rate_per_day: 5}
          customers:
      %s
        - sku: LAMP-02
          demand: {process: poisson, rate_per_day: 2}
        - sku: LAMP-03
          demand: {process: poisson, rate_per_day: 1}
      suppliers:
        - name: s1
          lead_time_days: 7
      policies:
        - name: p1
          type: reorder_point
          supplier: s1
          reorder_point: 10
          order_quantity: 20
      %s
      """;

  private static String lamps(String customers, String policyKey) {
    return LAMPS.formatted(customers.indent(6).stripTrailing(), policyKey.indent(4).stripTrailing());
  }

  private static List<String> problems(String yaml) {
    ScenarioException e = assertThrows(ScenarioException.class,
        () -> ScenarioLoader.parse(yaml, Path.of("shop.yaml")));
    return e.problems().stream().map(Problem::toString).toList();
  }

  @Test
  void yamlList_keepsTheOrderAndProbabilities_andPoliciesOfferThemByDefault() throws Exception {
    Scenario s = ScenarioLoader.parse(lamps("""
        substitutes:
          - {sku: LAMP-02, accept_probability: 0.4}
          - {sku: LAMP-03, accept_probability: 0.2}""", ""), Path.of("shop.yaml"));

    assertEquals(List.of(new Substitute("LAMP-02", 0.4), new Substitute("LAMP-03", 0.2)),
        s.products().get(0).customers().substitutes());
    assertEquals(List.of(), s.products().get(1).customers().substitutes());
    assertTrue(s.policies().get(0).offerSubstitutes());
  }

  @Test
  void offerSubstitutes_false_isKept() throws Exception {
    Scenario s = ScenarioLoader.parse(lamps("""
        substitutes: [{sku: LAMP-02, accept_probability: 1}]""", "offer_substitutes: false"),
        Path.of("shop.yaml"));

    assertFalse(s.policies().get(0).offerSubstitutes());
  }

  @Test
  void unknownSku_self_probability_andDuplicate_areLocated() {
    List<String> found = problems(lamps("""
        substitutes:
          - {sku: LAMP-09, accept_probability: 0.4}
          - {sku: LAMP-01, accept_probability: 0.2}
          - {sku: LAMP-02, accept_probability: 1.4}
          - {sku: LAMP-03, accept_probability: 0.1}
          - {sku: LAMP-03, accept_probability: 0.3}""", "offer_substitutes: maybe"));

    String at = "products[0].customers.substitutes";
    assertEquals(List.of(
        "shop.yaml:8:17: " + at + "[0].sku: unknown product 'LAMP-09' (expected one of: LAMP-01,"
            + " LAMP-02, LAMP-03)",
        "shop.yaml:9:17: " + at + "[1].sku: product 'LAMP-01' cannot be its own substitute",
        "shop.yaml:10:46: " + at + "[2].accept_probability: must be between 0 and 1, got 1.4",
        "shop.yaml:12:17: " + at + "[4].sku: duplicate substitute 'LAMP-03' (first at " + at
            + "[3])",
        "shop.yaml:26:24: policies[0].offer_substitutes: must be true or false, got \"maybe\""),
        found);
  }

  @Test
  void probabilityIsRequired_andTheListMustBeAList() {
    assertEquals(List.of("shop.yaml:8:11: products[0].customers.substitutes[0].accept_probability:"
        + " required"), problems(lamps("""
            substitutes:
              - sku: LAMP-02""", "")));
    assertTrue(problems(lamps("substitutes: LAMP-02", "")).get(0)
        .startsWith("shop.yaml:7:20: products[0].customers.substitutes: must be a list"));
  }

  @Test
  void productDefaults_giveEveryProductTheList_soOneOfThemMayNameItself() {
    String yaml = lamps("substitutes: []", "").replace("products:\n", """
        product_defaults:
          customers:
            substitutes: [{sku: LAMP-03, accept_probability: 0.5}]
        products:
        """);

    // reported where the list is written, naming the product that inherits it
    assertEquals(List.of("shop.yaml:5:25: product_defaults.customers.substitutes[0].sku: product"
        + " 'LAMP-03' cannot be its own substitute"), problems(yaml));
  }

  /** A catalogue with LAMP-01's substitutes written {@code cell}, quoted when it has commas. */
  private static Scenario catalogue(Path dir, String cell) throws Exception {
    Files.writeString(dir.resolve("lamps.csv"), """
        sku,demand.process,demand.rate_per_day,customers.substitutes
        LAMP-01,poisson,5,%s
        LAMP-02,poisson,2,
        LAMP-03,poisson,1,LAMP-01:1
        """.formatted(cell));
    Path yaml = dir.resolve("lamps.yaml");
    Files.writeString(yaml, """
        name: lamps
        horizon_days: 50
        product_catalog: lamps.csv
        suppliers: [{name: s1, lead_time_days: 7}]
        policies: [{name: p1, type: reorder_point, supplier: s1, reorder_point: 10, order_quantity: 20}]
        """);
    return ScenarioLoader.load(yaml);
  }

  @Test
  void catalogueCell_shortForm_andYamlFlowForm_giveTheSameList(@TempDir Path dir) throws Exception {
    List<Substitute> expected = List.of(new Substitute("LAMP-02", 0.4),
        new Substitute("LAMP-03", 0.2));

    Scenario shortForm = catalogue(dir, "LAMP-02:0.4; LAMP-03:0.2");
    assertEquals(expected, shortForm.products().get(0).customers().substitutes());
    assertEquals(List.of(new Substitute("LAMP-01", 1.0)),
        shortForm.products().get(2).customers().substitutes());
    Scenario flow = catalogue(dir, "\"[{sku: LAMP-02, accept_probability: 0.4},"
        + " {sku: LAMP-03, accept_probability: 0.2}]\"");
    assertEquals(expected, flow.products().get(0).customers().substitutes());
  }

  @Test
  void catalogueCell_problems_pointAtTheItemInTheCell(@TempDir Path dir) throws IOException {
    String at = "product_catalog[0].customers.substitutes";
    ScenarioException unknown = assertThrows(ScenarioException.class,
        () -> catalogue(dir, "LAMP-02:0.4;LAMP-07:0.2"));
    assertEquals(dir.resolve("lamps.csv") + ":2:31: " + at + "[1].sku: unknown product 'LAMP-07'"
        + " (expected one of: LAMP-01, LAMP-02, LAMP-03)", unknown.problems().get(0).toString());

    ScenarioException malformed = assertThrows(ScenarioException.class,
        () -> catalogue(dir, "LAMP-02 0.4;LAMP-03:x"));
    assertEquals(List.of(
        dir.resolve("lamps.csv") + ":2:19: " + at + "[0]: expected SKU:PROBABILITY (e.g."
            + " LAMP-02:0.4; several separated by ';'), got \"LAMP-02 0.4\""),
        malformed.problems().stream().map(Problem::toString).toList());

    ScenarioException probability = assertThrows(ScenarioException.class,
        () -> catalogue(dir, "LAMP-02:-0.1"));
    assertEquals(dir.resolve("lamps.csv") + ":2:27: " + at + "[0].accept_probability: must be"
        + " between 0 and 1, got -0.1", probability.problems().get(0).toString());
  }
}
