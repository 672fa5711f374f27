package backorder.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backorder.policy.PolicySettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Values set from outside the file (sweep points) pass the loader's own checks and name their path. */
class ValueOverrideTest {

  static final Path SHOP = Path.of("src/test/resources/cli/small-shop.yaml");
  static final Path CATALOGUE = Path.of("scenarios/dropshipping-portfolio.yaml");

  @TempDir
  Path tmp;

  private static ValueOverride set(String path, String value) {
    return new ValueOverride(ScenarioPath.parse(path), value);
  }

  private static Scenario load(Path file, ValueOverride... overrides) throws ScenarioException {
    return ScenarioLoader.load(file, List.of(overrides));
  }

  private static double serviceLevel(Scenario s, int policy) {
    return ((PolicySettings.ReorderPoint) s.policies().get(policy).settings()).rule().safetyStock().value();
  }

  @Test
  void replacesAWrittenValue_byNameOrIndex() throws ScenarioException {
    Scenario byName = load(SHOP, set("policies[safety-stock].safety_stock.service_level", "0.8"));
    assertEquals(0.8, serviceLevel(byName, 0));
    Scenario byIndex = load(SHOP, set("policies[1].reorder_point", "12"));
    assertEquals(12, ((PolicySettings.ReorderPoint) byIndex.policies().get(1).settings()).rule().reorderPoint());
    assertEquals(0.95, serviceLevel(byIndex, 0), "other policies untouched");
  }

  @Test
  void addsAKeyTheFileLeavesOut() throws ScenarioException {
    Scenario s = load(SHOP, set("products[LAMP-02].backorder_cost_per_unit_day", "0.7"),
        set("products[LAMP-02].customers.patience_days", "{dist: exponential, mean: 4}"));
    Product lamp2 = s.products().get(1);
    assertEquals(0.7, lamp2.backorderCostPerUnitDay());
    assertEquals(4, lamp2.customers().patienceDays().a());
    assertEquals(0.0, s.products().get(0).backorderCostPerUnitDay() - 0.5, "LAMP-01 untouched");
  }

  @Test
  void reachesCatalogueProducts() throws ScenarioException {
    Scenario base = load(CATALOGUE);
    Scenario s = load(CATALOGUE, set("products[PET-002].initial_on_hand", "99"));
    for (int i = 0; i < base.products().size(); i++) {
      Product before = base.products().get(i);
      long expected = before.sku().equals("PET-002") ? 99 : before.initialOnHand();
      assertEquals(expected, s.products().get(i).initialOnHand(), before.sku());
    }
  }

  @Test
  void findsADisruptionByIdOrIndex() throws IOException, ScenarioException {
    Path file = tmp.resolve("ids.yaml");
    Files.writeString(file, Files.readString(SHOP).replace("  - type: demand_spike\n",
        "  - type: demand_spike\n    id: promo\n"));
    assertEquals(5.0, ((Disruption.DemandSpike) load(file, set("disruptions[promo].multiplier", "5"))
        .disruptions().get(0)).multiplier());
    assertEquals(4.0, ((Disruption.DemandSpike) load(file, set("disruptions[0].multiplier", "4"))
        .disruptions().get(0)).multiplier());
  }

  /** A bad value is reported at no file position, under the path as the override wrote it. */
  @Test
  void badValue_isReportedUnderTheOverridesPath() {
    ScenarioException e = assertThrows(ScenarioException.class,
        () -> load(SHOP, set("policies[safety-stock].safety_stock.service_level", "1.5")));
    Problem p = e.problems().get(0);
    assertEquals(1, e.problems().size(), e.getMessage());
    assertEquals(0, p.line());
    assertEquals("", p.file());
    assertEquals("policies[safety-stock].safety_stock.service_level", p.path());
    assertEquals("must be > 0 and < 1, got 1.5", p.message());
  }

  @Test
  void unknownKeysAndEntries_listWhatExistsThere() {
    ScenarioException key = assertThrows(ScenarioException.class,
        () -> load(SHOP, set("suppliers[backup].lead_time", "3")));
    assertTrue(key.problems().get(0).message().startsWith("unknown key 'lead_time' at suppliers[backup] (keys there:"
        + " name, skus, unit_cost, order_cost, lead_time_days"), key.getMessage());
    ScenarioException entry = assertThrows(ScenarioException.class,
        () -> load(CATALOGUE, set("products[NOPE-1].price", "3")));
    assertTrue(entry.getMessage().contains("unknown product 'NOPE-1' (240 names"), entry.getMessage());
    ScenarioException scalar = assertThrows(ScenarioException.class,
        () -> load(SHOP, set("suppliers[backup].lead_time_days.mean", "3")));
    assertTrue(scalar.getMessage().contains("suppliers[backup].lead_time_days is 3, not a mapping"),
        scalar.getMessage());
  }

  /** A probe (no value) checks the path and changes nothing. */
  @Test
  void probe_checksThePathOnly() throws ScenarioException {
    Scenario probed = load(SHOP, new ValueOverride(ScenarioPath.parse("policies[lean].order_up_to"), null));
    assertEquals(load(SHOP).policies(), probed.policies());
    assertThrows(ScenarioException.class,
        () -> load(SHOP, new ValueOverride(ScenarioPath.parse("policies[lean].order_upto"), null)));
  }

  @Test
  void pathSyntax_isExplained() {
    assertEquals(List.of("safety_stock", "service_level"),
        ScenarioPath.parse("policies[safety-stock].safety_stock.service_level").keys());
    // a location named in a policy's at: is spelt as the scenario spells it (SPEC §7)
    assertEquals(List.of("at", "los-angeles", "reorder_point"),
        ScenarioPath.parse("policies[store-safety-stock].at.los-angeles.reorder_point").keys());
    // so is a supplier named in a split's shares, also at a location
    assertEquals(List.of("split", "vietnam-sea"), ScenarioPath.parse("policies[dual-sourcing].split.vietnam-sea").keys());
    assertEquals(List.of("at", "north", "split", "sea freight"),
        ScenarioPath.parse("policies[d].at.north.split.sea freight").keys());
    for (String bad : List.of("policies[a].split.", "horizon_days", "orders[x].a", "policies[].a", "policies[a]", "policies[a].", "policies[a]x",
        "policies[a].at..reorder_point", "policies[a].reorder-point", "products[x].at.los-angeles")) {
      assertThrows(IllegalArgumentException.class, () -> ScenarioPath.parse(bad), bad);
    }
  }
}
