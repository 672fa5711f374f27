package backorder.cli;

import static backorder.cli.CommandLineTest.execute;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code run --target-halfwidth}, {@code --max-replications} and {@code --warmup} as scripts meet them. */
class SamplingCommandLineTest {

  static final Path SHOP = CommandLineTest.SHOP;
  static final List<String> SAME_FILES =
      List.of("replications.csv", "timeseries.csv", "summary.csv", "wait_histogram.csv");

  @TempDir
  Path tmp;

  private Path run(String name, String... options) {
    Path dir = tmp.resolve(name);
    String[] args = new String[options.length + 5];
    args[0] = "run";
    args[1] = SHOP.toString();
    args[2] = "--out";
    args[3] = dir.toString();
    args[4] = "--no-report";
    System.arraycopy(options, 0, args, 5, options.length);
    CommandLineTest.Outcome o = execute(args);
    assertEquals(0, o.status(), o.err());
    return dir;
  }

  private static ObjectNode summary(Path dir) throws IOException {
    return (ObjectNode) new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
  }

  @Test
  void targetHalfwidth_equalsAPlainRunOfTheFinalCount() throws IOException {
    Path targeted = run("targeted", "--target-halfwidth", "fill_rate=0.02", "--quiet", "--threads", "1");
    ObjectNode a = summary(targeted);
    JsonNode precision = a.get("precision");
    int n = a.get("replications").asInt();
    assertTrue(n > 10, "grew past the pilot of 10: " + n);
    assertEquals("fill_rate", precision.get("metric").asText());
    assertEquals(0.02, precision.get("target").asDouble());
    assertTrue(precision.get("reached").asBoolean());
    assertTrue(precision.get("achieved").asDouble() <= 0.02);
    assertEquals("fill_rate=0.02", a.get("overrides").get("target_halfwidth").asText());
    assertTrue(a.get("overrides").get("max_replications").isNull());

    Path plain = run("plain", "--replications", String.valueOf(n), "--quiet", "--threads", "2");
    ObjectNode b = summary(plain);
    for (ObjectNode s : List.of(a, b)) {
      s.remove("overrides");
      s.remove("precision");
    }
    assertEquals(b, a);
    for (String file : SAME_FILES) {
      assertEquals(Files.readString(plain.resolve(file)), Files.readString(targeted.resolve(file)), file);
    }
  }

  @Test
  void targetHalfwidth_sameNumbersWhateverTheThreads() throws IOException {
    Path one = run("one", "--target-halfwidth", "avg_backlog_units=1.5", "--quiet", "--threads", "1");
    Path two = run("two", "--target-halfwidth", "avg_backlog_units=1.5", "--quiet", "--threads", "2");
    ObjectNode a = summary(one);
    ObjectNode b = summary(two);
    ((ObjectNode) a.get("overrides")).remove("threads");
    ((ObjectNode) b.get("overrides")).remove("threads");
    assertEquals(a, b);
    for (String file : SAME_FILES) {
      assertEquals(Files.readString(one.resolve(file)), Files.readString(two.resolve(file)), file);
    }
  }

  @Test
  void maxReplications_capsTheRun() throws IOException {
    Path dir = run("capped", "--target-halfwidth", "profit=0.01", "--max-replications", "25", "--quiet");
    ObjectNode s = summary(dir);
    assertEquals(25, s.get("replications").asInt());
    assertFalse(s.get("precision").get("reached").asBoolean());
    assertEquals(25, s.get("overrides").get("max_replications").asInt());
  }

  /** SPEC §5: the run stops at the cap, also when the cap is below the pilot (10, or --replications). */
  @Test
  void maxReplicationsBelowThePilot_runsTheCapsCount() throws IOException {
    for (String[] options : new String[][] {{"--max-replications", "5"},
        {"--replications", "40", "--max-replications", "30"}}) {
      String[] args = new String[options.length + 3];
      args[0] = "--target-halfwidth";
      args[1] = "profit=0.01";
      args[2] = "--quiet";
      System.arraycopy(options, 0, args, 3, options.length);
      ObjectNode s = summary(run("below-" + options.length, args));
      int cap = Integer.parseInt(options[options.length - 1]);
      assertEquals(cap, s.get("replications").asInt());
      assertFalse(s.get("precision").get("reached").asBoolean());
    }
  }

  @Test
  void warmupAuto_writesTheChosenWarmupAndItsMethod() throws IOException {
    Path dir = run("auto", "--warmup", "auto", "--threads", "2");
    ObjectNode s = summary(dir);
    assertEquals("mser-5", s.get("warmup_method").asText());
    double warmup = s.get("warmup_days").asDouble();
    assertTrue(warmup >= 0 && warmup <= 30 && warmup % 5 == 0, "warm-up " + warmup);
    JsonNode byPolicy = s.get("warmup_days_by_policy");
    assertEquals(3, byPolicy.size());
    int largest = 0;
    for (JsonNode days : byPolicy) {
      largest = Math.max(largest, days.asInt());
    }
    assertEquals(largest, (int) warmup, "the largest over the policies");
    assertEquals("auto", s.get("overrides").get("warmup").asText());

    Path fixed = run("fixed", "--warmup", String.valueOf((int) warmup), "--threads", "1", "--quiet");
    ObjectNode f = summary(fixed);
    assertEquals("command line", f.get("warmup_method").asText());
    for (String file : SAME_FILES) {
      assertEquals(Files.readString(fixed.resolve(file)), Files.readString(dir.resolve(file)), file);
    }
  }

  @Test
  void warmupNumber_andScenarioWarmup_areNamed() throws IOException {
    ObjectNode given = summary(run("given", "--warmup", "12.5", "--quiet"));
    assertEquals(12.5, given.get("warmup_days").asDouble());
    assertEquals("command line", given.get("warmup_method").asText());
    assertEquals(12.5, given.get("overrides").get("warmup").asDouble());
    ObjectNode plain = summary(run("plain", "--quiet"));
    assertEquals(5, plain.get("warmup_days").asDouble());
    assertEquals("scenario", plain.get("warmup_method").asText());
    assertFalse(plain.get("overrides").has("warmup"));
    assertFalse(plain.has("precision"));
  }

  @Test
  void reportMethodNote_namesTheWarmupMethodAndThePrecision() throws IOException {
    Path dir = tmp.resolve("report");
    CommandLineTest.Outcome o = execute("run", SHOP.toString(), "--out", dir.toString(), "--quiet",
        "--warmup", "auto", "--target-halfwidth", "fill_rate=0.03");
    assertEquals(0, o.status(), o.err());
    String html = Files.readString(dir.resolve("report.html"));
    String method = html.substring(html.indexOf("id=\"method\""));
    assertTrue(method.contains("MSER-5"), method);
    assertTrue(method.contains("(chosen by MSER-5 on the daily backlog)"), method);
    assertTrue(method.contains("half-width of <code>fill_rate</code>"), method);
  }

  @Test
  void badOptions_exitTwoWithAMessage() {
    assertInvalid("--max-replications", "--max-replications", "50");
    assertInvalid("unknown metric 'nope'", "--target-halfwidth", "nope=1");
    assertInvalid("must be > 0", "--target-halfwidth", "fill_rate=0");
    assertInvalid("must be > 0", "--target-halfwidth", "fill_rate=-0.1");
    assertInvalid("expected METRIC=VALUE", "--target-halfwidth", "fill_rate=abc");
    assertInvalid("expected METRIC=VALUE", "--target-halfwidth", "fill_rate");
    assertInvalid("no value in any of the 10 pilot", "--target-halfwidth", "recovery_days=1", "--policy", "lean",
        "--warmup", "25");
    assertInvalid("--warmup", "--warmup", "-1");
    assertInvalid("--warmup", "--warmup", "60");
    assertInvalid("--warmup", "--warmup", "soon");
  }

  private void assertInvalid(String message, String... options) {
    Path dir = tmp.resolve("never");
    String[] args = new String[options.length + 4];
    args[0] = "run";
    args[1] = SHOP.toString();
    args[2] = "--out";
    args[3] = dir.toString();
    System.arraycopy(options, 0, args, 4, options.length);
    CommandLineTest.Outcome o = execute(args);
    assertEquals(2, o.status(), String.join(" ", options) + ": " + o.err());
    assertTrue(o.err().contains(message), o.err());
    assertFalse(o.err().contains("\tat "), o.err());
    assertFalse(Files.exists(dir), "no output for " + String.join(" ", options));
  }
}
