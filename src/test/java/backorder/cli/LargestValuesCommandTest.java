package backorder.cli;

import static backorder.cli.CommandLineTest.execute;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13 item 7 end to end: a run at the largest money amounts and quantities writes every
 * metric of every policy with a number (none null) and every money metric of every product, and
 * draws its report.
 */
class LargestValuesCommandTest {

  static final Path LARGEST = Path.of("src/test/resources/cli/largest-values.yaml");

  @TempDir
  Path tmp;

  @Test
  void largestLegalValues_giveANumberForEveryMetric_andAReport() throws IOException {
    Path out = tmp.resolve("out");

    CommandLineTest.Outcome o = execute("run", LARGEST.toString(), "--replications", "4", "--quiet",
        "--out", out.toString());

    assertEquals(0, o.status(), o.err());
    JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
    for (JsonNode policy : summary.get("policies")) {
      for (Map.Entry<String, JsonNode> m : (Iterable<Map.Entry<String, JsonNode>>) policy.get("metrics")::fields) {
        assertTrue(m.getValue().get("mean").isNumber(), policy.get("name") + " " + m.getKey());
      }
      // per product, money never goes missing (product A, never short, has no backorder waits to average)
      for (JsonNode product : policy.get("products")) {
        for (String money : new String[] {"revenue", "purchase_cost", "holding_cost", "backorder_cost",
            "total_cost", "profit", "net_value", "lost_customer_value"}) {
          assertTrue(product.get("metrics").get(money).get("mean").isNumber(), product.get("sku") + " " + money);
        }
      }
    }
    assertTrue(summary.get("policies").get(0).get("metrics").get("holding_cost").get("mean").asDouble() > 1e22);
    assertTrue(Files.size(out.resolve("report.html")) > 0);
  }
}
