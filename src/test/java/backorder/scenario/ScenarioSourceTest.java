package backorder.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scenario shipped as bytes loads elsewhere into the same scenario, without its files. */
class ScenarioSourceTest {

  static final Path GOOD = Path.of("src/test/resources/scenarios/good");

  @TempDir
  Path tmp;

  @Test
  void loadFromSource_afterTheSideFilesAreGone_givesTheSameScenario() throws Exception {
    Path file = copyPortfolio();
    ScenarioSource.Loaded loaded = ScenarioLoader.loadWithSource(file);
    assertEquals(2, loaded.source().sideFiles().size(), "the catalogue and the trace");
    Files.delete(tmp.resolve("catalog.csv"));
    Files.delete(tmp.resolve("data/orders.csv"));

    Scenario again = ScenarioLoader.load(loaded.source());

    Scenario first = loaded.scenario();
    assertEquals(first.sha256(), again.sha256());
    assertEquals(first.file(), again.file());
    assertEquals(first.products().size(), again.products().size());
    for (int i = 0; i < first.products().size(); i++) {
      Product a = first.products().get(i);
      Product b = again.products().get(i);
      assertEquals(a.sku(), b.sku());
      assertArrayEquals(a.demand().traceOrdersPerDay(), b.demand().traceOrdersPerDay(), a.sku());
    }
    assertEquals(first.suppliers(), again.suppliers());
    assertEquals(first.disruptions(), again.disruptions());
    assertEquals(first.policies().size(), again.policies().size());
  }

  @Test
  void aSideFileNotShipped_isTheUsualProblem() throws Exception {
    Path file = copyPortfolio();
    ScenarioSource full = ScenarioLoader.loadWithSource(file).source();
    ScenarioSource partial = new ScenarioSource(full.file(), full.yaml(), List.of(), Map.of());

    ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(partial));

    List<String> lines = e.problems().stream().map(Problem::toString).toList();
    assertTrue(lines.stream().anyMatch(l -> l.contains("product_catalog: cannot use product_catalog:"
        + " not shipped with the scenario: " + tmp.resolve("catalog.csv"))), lines.toString());
  }

  @Test
  void aSweepPointsOverrides_travelWithTheSource_andTheSideFileTheyName() throws Exception {
    Path file = copyPortfolio();
    Files.writeString(tmp.resolve("other-orders.csv"), "day,orders\n0,3\n1,4\n");
    List<ValueOverride> point = List.of(
        new ValueOverride(ScenarioPath.parse("policies[split].order_up_to"), "55"),
        new ValueOverride(ScenarioPath.parse("products[TRACE-1].demand.trace"), "other-orders.csv"));
    ScenarioSource.Loaded loaded = ScenarioLoader.loadWithSource(file, point);
    Files.delete(tmp.resolve("other-orders.csv"));

    Scenario again = ScenarioLoader.load(roundTrip(loaded.source()));

    assertArrayEquals(new int[] {3, 4}, again.products().get(0).demand().traceOrdersPerDay());
    assertEquals(loaded.scenario().policies().get(0), again.policies().get(0));
    assertTrue(!ScenarioLoader.load(file).policies().get(0).equals(again.policies().get(0)),
        "the override changed the policy");
  }

  private static ScenarioSource roundTrip(ScenarioSource source) throws Exception {
    var bytes = new java.io.ByteArrayOutputStream();
    try (var out = new java.io.ObjectOutputStream(bytes)) {
      out.writeObject(source);
    }
    try (var in = new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
      return (ScenarioSource) in.readObject();
    }
  }

  private Path copyPortfolio() throws IOException {
    Files.createDirectories(tmp.resolve("data"));
    Files.copy(GOOD.resolve("catalog.csv"), tmp.resolve("catalog.csv"));
    Files.copy(GOOD.resolve("data/orders.csv"), tmp.resolve("data/orders.csv"));
    Path file = tmp.resolve("catalog-and-trace.yaml");
    Files.copy(GOOD.resolve("catalog-and-trace.yaml"), file);
    return file;
  }
}
