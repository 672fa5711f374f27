package backorder.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backorder.metric.Metric;
import backorder.report.results.LocationMetrics;
import backorder.report.results.NetworkLayout;
import backorder.report.results.ResultFiles;
import backorder.report.results.RunResults;
import backorder.report.results.SeriesBand;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A network run through the command line (SPEC §7): the same numbers with one thread or two, the
 * three location files written and read back by the report's readers as summary.json says them.
 */
class NetworkRunTest {

  static final String NETWORK = "src/test/resources/scenarios/network/two-stores.yaml";
  static final List<String> LOCATION_FILES = List.of("location_replications.csv",
      "location_summary.csv", "location_timeseries.csv");

  @TempDir
  static Path tmp;
  static Path one;
  static Path two;

  @BeforeAll
  static void run() {
    one = tmp.resolve("one");
    two = tmp.resolve("two");
    for (Path dir : List.of(one, two)) {
      CommandLineTest.Outcome o = CommandLineTest.execute("run", NETWORK, "--out", dir.toString(),
          "--threads", dir == one ? "1" : "2", "--replications", "5", "--no-report");
      assertEquals(0, o.status(), o.err());
    }
  }

  @Test
  void oneThreadOrTwo_giveTheSamePerLocationNumbers() throws IOException {
    for (String name : LOCATION_FILES) {
      assertArrayEquals(Files.readAllBytes(one.resolve(name)), Files.readAllBytes(two.resolve(name)),
          name);
    }
    JsonNode a = new ObjectMapper().readTree(one.resolve("summary.json").toFile());
    JsonNode b = new ObjectMapper().readTree(two.resolve("summary.json").toFile());
    assertEquals(a.get("network"), b.get("network"));
    for (int p = 0; p < a.get("policies").size(); p++) {
      assertEquals(a.get("policies").get(p).get("locations"), b.get("policies").get(p).get("locations"));
    }
  }

  @Test
  void readers_seeTheLayoutAndEveryLocationsMetricsAndSeries() throws IOException {
    RunResults r = ResultFiles.read(one);
    assertTrue(r.hasNetwork());
    NetworkLayout layout = r.network().layout();
    assertEquals(List.of("dc", "north", "south"), layout.names());
    NetworkLayout.Place south = layout.locations().get(2);
    assertEquals("dc", south.replenishedFrom());
    assertEquals("{dist: uniform, min: 1, max: 3}", south.transitDays());
    assertEquals(0.4, south.demandShare());
    assertTrue(layout.locations().get(0).isWarehouse());
    assertTrue(Double.isNaN(layout.locations().get(0).demandShare()));
    assertEquals("1", layout.locations().get(1).transitDays());

    List<String> lines = Files.readAllLines(one.resolve("location_summary.csv"));
    assertEquals("policy,location,metric,mean,sd,ci95_low,ci95_high", lines.get(0));
    assertEquals(1 + 2 * 3 * Metric.COUNT, lines.size(), "a row per policy, location and metric");
    for (String policy : r.policyNames()) {
      double storeOrders = 0;
      for (String location : layout.names()) {
        LocationMetrics m = r.network().metrics(policy, location);
        double orders = m.metric("orders").mean();
        assertTrue(orders > 0, policy + "@" + location + " orders");
        assertEquals(5, r.network().replications().column(policy, location, "orders").size());
        SeriesBand onHand = r.network().series().band(policy, location, "on_hand").orElseThrow();
        SeriesBand backlog = r.network().series().band(policy, location, "backlog_units").orElseThrow();
        assertEquals(120, onHand.size());
        assertEquals(120, backlog.size());
        storeOrders += location.equals("dc") ? 0 : orders;
      }
      // the policy's customers are the stores' customers
      assertEquals(r.policy(policy).metric("orders").mean(), storeOrders, 1e-9);
    }
  }

  @Test
  void derivedLevels_areEachLocationsOwn_andTheWarehousesAtThePolicy() throws IOException {
    JsonNode policies = new ObjectMapper().readTree(one.resolve("summary.json").toFile())
        .get("policies");
    JsonNode baseStock = policies.get(0).get("locations");
    // product A, 4 a day: north 0.6 of it over 1 day, south 0.4 over 2 days, the dc all over 6
    assertEquals(4.0, baseStock.get(1).get("derived").get(0).get("reorder_point").asDouble());
    assertEquals(4 - 2.4, baseStock.get(1).get("derived").get(0).get("safety_stock").asDouble(), 1e-9);
    assertEquals(4 - 3.2, baseStock.get(2).get("derived").get(0).get("safety_stock").asDouble(), 1e-9);
    assertEquals(20 - 24.0, baseStock.get(0).get("derived").get(0).get("safety_stock").asDouble(), 1e-9);
    // lots: the dc's at overrides the default 10 days of cover (10 units of B) with 40 units
    JsonNode lots = policies.get(1);
    assertEquals("B", lots.get("derived").get(1).get("sku").asText());
    assertEquals(40.0, lots.get("derived").get(1).get("order_quantity").asDouble());
    assertEquals(lots.get("derived"), lots.get("locations").get(0).get("derived"));
  }

  @Test
  void locationFileHeaders_areTheContractsColumns() throws IOException {
    String replications = Files.readAllLines(one.resolve("location_replications.csv")).get(0);
    String plain = Files.readAllLines(one.resolve("replications.csv")).get(0);
    assertEquals(plain.replace("policy,replication,", "policy,location,replication,"), replications);
    assertEquals("policy,location,day,series,mean,p10,p50,p90",
        Files.readAllLines(one.resolve("location_timeseries.csv")).get(0));
  }

  @Test
  void aRunWithoutLocations_writesNoNetworkParts(@TempDir Path plain) throws IOException {
    Path dir = plain.resolve("out");
    CommandLineTest.Outcome o = CommandLineTest.execute("run", CommandLineTest.SHOP.toString(),
        "--out", dir.toString(), "--replications", "2", "--no-report");
    assertEquals(0, o.status(), o.err());
    for (String name : LOCATION_FILES) {
      assertFalse(Files.exists(dir.resolve(name)), name);
    }
    JsonNode summary = new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
    assertFalse(summary.has("network"));
    assertFalse(summary.get("policies").get(0).has("locations"));
    assertFalse(ResultFiles.read(dir).hasNetwork());
  }
}
