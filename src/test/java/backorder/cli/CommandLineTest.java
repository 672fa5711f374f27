package backorder.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backorder.metric.Metric;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line as users and scripts meet it: exit codes, output files, messages. */
class CommandLineTest {

  static final Path SHOP = Path.of("src/test/resources/cli/small-shop.yaml");

  @TempDir
  Path tmp;

  /** Exit status and what went to stderr. */
  record Outcome(int status, String out, String err) {}

  static Outcome execute(String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    var out = new ByteArrayOutputStream();
    var err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      int status = Main.execute(args);
      return new Outcome(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }

  @Test
  void run_writesEveryMetricForEveryPolicyAndProduct() throws IOException {
    Path dir = tmp.resolve("out");
    Outcome o = execute("run", SHOP.toString(), "--out", dir.toString(), "--no-report");
    assertEquals(0, o.status(), o.err());
    JsonNode summary = new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
    assertEquals("small-shop", summary.get("scenario").asText());
    assertEquals(7, summary.get("seed").asLong());
    assertEquals(6, summary.get("replications").asInt());
    assertEquals(64, summary.get("scenario_sha256").asText().length());
    assertNotNull(summary.get("engine_version"));
    assertEquals(3, summary.get("policies").size());
    for (JsonNode policy : summary.get("policies")) {
      for (Metric m : Metric.values()) {
        JsonNode metric = policy.get("metrics").get(m.key());
        assertNotNull(metric, m.key());
        for (String field : List.of("mean", "sd", "ci95_low", "ci95_high")) {
          assertTrue(metric.has(field), m.key() + "." + field);
        }
      }
      assertEquals(2, policy.get("products").size());
      assertEquals("LAMP-01", policy.get("products").get(0).get("sku").asText());
      assertTrue(policy.get("products").get(1).get("metrics").has("fill_rate"));
    }
    List<String> rows = Files.readAllLines(dir.resolve("replications.csv"));
    assertTrue(rows.get(0).startsWith("policy,replication,orders,units_demanded,fill_rate,"));
    assertEquals(1 + 3 * 6, rows.size());
    assertEquals("policy,metric,mean,sd,ci95_low,ci95_high",
        Files.readAllLines(dir.resolve("summary.csv")).get(0));
    assertEquals("policy,day,series,mean,p10,p50,p90",
        Files.readAllLines(dir.resolve("timeseries.csv")).get(0));
    assertTrue(o.out().contains("fill_rate"), "comparison table on stdout");
  }

  @Test
  void threadCount_doesNotChangeAnyNumber() throws IOException {
    Path one = tmp.resolve("one");
    Path two = tmp.resolve("two");
    assertEquals(0, execute("run", SHOP.toString(), "--out", one.toString(), "--threads", "1",
        "--no-report", "--quiet").status());
    assertEquals(0, execute("run", SHOP.toString(), "--out", two.toString(), "--threads", "2",
        "--no-report", "--quiet").status());
    ObjectMapper json = new ObjectMapper();
    ObjectNode a = (ObjectNode) json.readTree(one.resolve("summary.json").toFile());
    ObjectNode b = (ObjectNode) json.readTree(two.resolve("summary.json").toFile());
    ((ObjectNode) a.get("overrides")).remove("threads");
    ((ObjectNode) b.get("overrides")).remove("threads");
    assertEquals(a, b);
    assertEquals(Files.readString(one.resolve("replications.csv")),
        Files.readString(two.resolve("replications.csv")));
    assertEquals(Files.readString(one.resolve("timeseries.csv")),
        Files.readString(two.resolve("timeseries.csv")));
  }

  @Test
  void overrides_areAppliedAndRecorded() throws IOException {
    Path dir = tmp.resolve("o");
    assertEquals(0, execute("run", SHOP.toString(), "--out", dir.toString(), "--replications", "3",
        "--seed", "99", "--policy", "lean", "--no-report", "--quiet").status());
    JsonNode s = new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
    assertEquals(3, s.get("replications").asInt());
    assertEquals(99, s.get("seed").asLong());
    assertEquals(1, s.get("policies").size());
    assertEquals("lean", s.get("policies").get(0).get("name").asText());
    assertEquals(99, s.get("overrides").get("seed").asLong());
  }

  @Test
  void invalidScenario_exitsTwoWithLocatedMessageAndWritesNothing() {
    Path dir = tmp.resolve("never");
    Outcome o = execute("run", "src/test/resources/cli/bad-rate.yaml", "--out", dir.toString());
    assertEquals(2, o.status());
    assertTrue(o.err().contains("bad-rate.yaml:5:"), o.err());
    assertTrue(o.err().contains("products[0].demand.rate_per_day"), o.err());
    assertFalse(o.err().contains("Exception"), o.err());
    assertFalse(Files.exists(dir));
  }

  static Stream<Path> badScenarios() throws IOException {
    Path bad = Path.of("src/test/resources/scenarios/bad");
    if (!Files.isDirectory(bad)) {
      return Stream.of(Path.of("src/test/resources/cli/bad-rate.yaml"));
    }
    try (Stream<Path> files = Files.list(bad)) {
      return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList().stream();
    }
  }

  /** Every malformed scenario: exit 2, FILE:LINE:COLUMN: PATH: message lines, no stack trace, no output. */
  @ParameterizedTest
  @MethodSource("badScenarios")
  void everyMalformedScenario_exitsTwoCleanly(Path file) {
    Path dir = tmp.resolve("out");
    Outcome o = execute("run", file.toString(), "--out", dir.toString());
    assertEquals(2, o.status(), o.err());
    assertFalse(o.err().isBlank());
    for (String line : o.err().strip().split("\n")) {
      assertTrue(line.matches("^.+:\\d+:\\d+: \\S.*: .+$"), "not FILE:LINE:COLUMN: PATH: message: " + line);
    }
    assertFalse(o.err().contains("\tat "), o.err());
    assertFalse(Files.exists(dir));
    assertEquals(2, execute("validate", file.toString()).status());
  }

  @Test
  void badArguments_exitTwo() {
    assertEquals(2, execute("run", SHOP.toString(), "--replications", "0").status());
    assertEquals(2, execute("run", SHOP.toString(), "--threads", "0").status());
    assertEquals(2, execute("run", SHOP.toString(), "--policy", "nope").status());
    assertEquals(2, execute("run", SHOP.toString(), "--replications", "many").status());
    assertEquals(2, execute("run").status());
    assertEquals(2, execute("frobnicate").status());
    assertEquals(2, execute("run", "does-not-exist.yaml").status());
    assertEquals(2, execute("report", tmp.resolve("empty").toString()).status());
    Path file = tmp.resolve("a-file");
    assertEquals(0, execute("validate", SHOP.toString()).status());
    try {
      Files.writeString(file, "not a folder");
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    Outcome o = execute("run", SHOP.toString(), "--out", file.toString());
    assertEquals(2, o.status());
    assertTrue(o.err().contains("--out"), o.err());
  }

  @Test
  void validate_printsOk() {
    Outcome o = execute("validate", SHOP.toString());
    assertEquals(0, o.status(), o.err());
    assertTrue(o.out().contains("ok"));
  }

  /** `NAME --help` builds only NAME's model, `help NAME` every subcommand's: the usage must not differ. */
  @ParameterizedTest
  @ValueSource(strings = {"run", "sweep", "optimize", "validate", "report"})
  void subcommandHelp_isTheSameAloneAsInTheWholeTree(String name) {
    Outcome alone = execute(name, "--help");
    Outcome inTree = execute("help", name);
    assertEquals(0, alone.status(), alone.err());
    assertEquals(inTree.out(), alone.out());
    assertTrue(alone.out().startsWith("Usage: backorder " + name + " "), alone.out());
  }

  @Test
  void noCommand_listsEverySubcommand() {
    Outcome o = execute();
    assertEquals(2, o.status());
    for (String name : List.of("run", "sweep", "optimize", "validate", "report", "help")) {
      assertTrue(o.err().contains("\n  " + name + " "), name + " in " + o.err());
    }
  }
}
