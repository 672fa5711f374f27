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
    ScenarioSource partial = new ScenarioSource(full.file(), full.yaml(), Map.of());

    ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(partial));

    List<String> lines = e.problems().stream().map(Problem::toString).toList();
    assertTrue(lines.stream().anyMatch(l -> l.contains("product_catalog: cannot use product_catalog:"
        + " not shipped with the scenario: " + tmp.resolve("catalog.csv"))), lines.toString());
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
