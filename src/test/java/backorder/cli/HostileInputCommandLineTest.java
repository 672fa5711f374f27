package backorder.cli;

import static backorder.cli.CommandLineTest.SHOP;
import static backorder.cli.CommandLineTest.execute;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backorder.testing.ChildJvm;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Hostile input files and sizes at the command line: exit codes, one-line messages, nothing written. */
class HostileInputCommandLineTest {

  @TempDir
  Path tmp;

  /** A copy of the small shop whose LAMP-02 replays {@code trace}, written at {@code where}. */
  private Path tracedShop(String where, String trace) throws IOException {
    String text = Files.readString(SHOP).replace(
        "demand: {process: poisson, rate_per_day: 2, order_size: {dist: geometric, mean: 1.5}}",
        "demand: {process: trace, trace: '" + trace + "'}");
    Path file = tmp.resolve(where);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }

  /** Makes a named pipe at {@code fifo}; the test is skipped where mkfifo is missing. */
  static void makeFifo(Path fifo) throws IOException, InterruptedException {
    Process mkfifo;
    try {
      mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    } catch (IOException e) {
      Assumptions.abort("mkfifo is not available");
      return;
    }
    assertEquals(0, mkfifo.waitFor());
  }

  @Test
  void fifoAsScenario_exitsTwoAtOnce_forEveryCommand() throws Exception {
    Path fifo = tmp.resolve("pipe.yaml");
    makeFifo(fifo);
    String expected = fifo + ":1:1: (root): " + fifo + " is a FIFO (named pipe), not a regular file\n";
    for (List<String> args : List.of(List.of("validate", fifo.toString()),
        List.of("run", fifo.toString(), "--out", tmp.resolve("out").toString()),
        List.of("sweep", fifo.toString(), "--vary", "policies[lean].reorder_point=1,2"),
        List.of("optimize", fifo.toString(), "--policy", "lean", "--param", "policies[lean].reorder_point=1:2"))) {
      CommandLineTest.Outcome o = assertTimeoutPreemptively(Duration.ofSeconds(30),
          () -> execute(args.toArray(String[]::new)));
      assertEquals(2, o.status(), o.err());
      assertEquals(expected, o.err(), args.get(0));
    }
    assertFalse(Files.exists(tmp.resolve("out")));
  }

  @Test
  void traceOutsideTheScenarioFolder_needsAllowOutside_inEveryCommand() throws IOException {
    Files.writeString(tmp.resolve("orders.csv"), "day,orders\n0,3\n5,2\n");
    Path shop = tracedShop("sub/shop.yaml", "../orders.csv");
    Path other = Files.writeString(tmp.resolve("sub/other.yaml"),
        Files.readString(shop).replace("name: small-shop", "name: other-shop"));
    CommandLineTest.Outcome refused = execute("validate", shop.toString());
    assertEquals(2, refused.status());
    assertTrue(refused.err().contains("lies outside the scenario's folder"), refused.err());
    assertEquals(0, execute("validate", "--allow-outside", shop.toString()).status());
    Path out = tmp.resolve("out");
    String[][] commands = {
        {"run", shop.toString(), "--allow-outside", "--replications", "2", "--no-report", "--quiet", "--out",
            out.resolve("run").toString()},
        {"run", shop.toString(), other.toString(), "--matrix", "--allow-outside", "--replications", "2",
            "--no-report", "--quiet", "--out", out.resolve("matrix").toString()},
        {"sweep", shop.toString(), "--allow-outside", "--vary", "policies[lean].reorder_point=5,10",
            "--replications", "2", "--no-report", "--quiet", "--out", out.resolve("sweep").toString()},
        {"optimize", shop.toString(), "--allow-outside", "--policy", "lean", "--param",
            "policies[lean].reorder_point=5:7", "--replications", "2", "--quiet", "--out",
            out.resolve("optimum").toString()}};
    for (String[] args : commands) {
      CommandLineTest.Outcome allowed = execute(args);
      assertEquals(0, allowed.status(), String.join(" ", args) + "\n" + allowed.err());
      String[] without = Stream.of(args).filter(a -> !a.equals("--allow-outside")).toArray(String[]::new);
      CommandLineTest.Outcome o = execute(without);
      assertEquals(2, o.status(), String.join(" ", without));
      assertTrue(o.err().contains("give --allow-outside to read it anyway"), o.err());
    }
  }

  static Stream<Arguments> oversizedArguments() {
    String shop = SHOP.toString();
    return Stream.of(
        Arguments.of(List.of("run", shop, "--threads", "100000"), "--threads: must be between 1 and 256 (the limit on threads), got 100000"),
        Arguments.of(List.of("run", shop, "--threads", "257"), "--threads: must be between 1 and 256"),
        Arguments.of(List.of("run", shop, shop, "--matrix", "--threads", "1000"), "--threads: must be between 1 and 256"),
        Arguments.of(List.of("sweep", shop, "--vary", "policies[lean].reorder_point=1,2", "--threads", "99999"),
            "--threads: must be between 1 and 256"),
        Arguments.of(List.of("optimize", shop, "--policy", "lean", "--param", "policies[lean].reorder_point=1:2",
            "--threads", "4096"), "--threads: must be between 1 and 256"),
        Arguments.of(List.of("run", shop, "--replications", "1000001"),
            "--replications: must be between 1 and 1000000, got 1000001"));
  }

  @ParameterizedTest
  @MethodSource("oversizedArguments")
  void oversizedArgument_exitsTwoNamingTheLimit(List<String> args, String message) throws IOException {
    Path out = tmp.resolve("never");
    List<String> all = new java.util.ArrayList<>(args);
    all.addAll(List.of("--out", out.toString()));
    CommandLineTest.Outcome o = execute(all.toArray(String[]::new));
    assertEquals(2, o.status(), o.err());
    assertTrue(o.err().contains(message), o.err());
    assertFalse(Files.exists(out));
  }

  @Test
  void traceOverTheOrderCaps_exitsTwo() throws IOException {
    Files.writeString(tmp.resolve("busy.csv"), "day,orders\n0,2147483647\n");
    CommandLineTest.Outcome o = execute("validate", tracedShop("busy.yaml", "busy.csv").toString());
    assertEquals(2, o.status());
    assertEquals(tmp.resolve("busy.csv") + ":2:3: products[1].demand.trace: orders: must be <= 1000000,"
        + " got 2147483647\n", o.err());
  }

  /** A primary whose capacity makes an order take ages must not size an expedite that overflows the stock counts. */
  @Test
  void nearZeroCapacity_underExpedite_runsWithinTheUnitCounts() throws IOException {
    String lead = "    lead_time_days: {dist: uniform, min: 8, max: 12}\n";
    String text = Files.readString(SHOP);
    assertTrue(text.contains(lead));
    Path slow = Files.writeString(tmp.resolve("slow.yaml"),
        text.replace(lead, lead + "    capacity_units_per_day: 1e-300\n"));
    CommandLineTest.Outcome o = execute("run", slow.toString(), "--policy", "dual", "--replications", "2",
        "--no-report", "--quiet", "--out", tmp.resolve("out").toString());
    assertEquals(0, o.status(), o.err());
  }

  /** A catalogue of 30,000 products fits the caps but not a 32 MB heap: one line, exit 1. */
  @Test
  void outOfMemory_endsWithOneLineNamingTheSetting_andExitOne() throws Exception {
    StringBuilder csv = new StringBuilder("sku,price,initial_on_hand,demand.process,demand.rate_per_day\n");
    for (int i = 0; i < 30_000; i++) {
      csv.append("SKU-").append(i).append(",12.5,").append(i % 300).append(",poisson,").append(1 + i % 20)
          .append('\n');
    }
    Files.writeString(tmp.resolve("catalog.csv"), csv);
    String yaml = Files.readString(SHOP);
    yaml = yaml.substring(0, yaml.indexOf("products:")) + "product_catalog: catalog.csv\n"
        + yaml.substring(yaml.indexOf("suppliers:"));
    yaml = yaml.substring(0, yaml.indexOf("disruptions:")) + yaml.substring(yaml.indexOf("policies:"));
    Path big = Files.writeString(tmp.resolve("big.yaml"), yaml);

    ProcessBuilder pb = ChildJvm.java("backorder.cli.Main", "run", big.toString(), "--out",
        tmp.resolve("out").toString(), "--replications", "2", "--quiet");
    pb.command().add(1, "-Xmx32m");
    Process child = pb.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    byte[] err = child.getErrorStream().readAllBytes();
    assertTrue(child.waitFor(120, TimeUnit.SECONDS), "the child ends");
    String stderr = new String(err, StandardCharsets.UTF_8);
    assertEquals(1, child.exitValue(), stderr);
    assertEquals(1, stderr.lines().count(), stderr);
    assertTrue(stderr.startsWith("backorder: error: out of memory: it needs more than the Java heap's "),
        stderr);
    assertTrue(stderr.contains("BACKORDER_JAVA_OPTS=-Xmx1g ./backorder"), stderr);
    assertFalse(Files.exists(tmp.resolve("out")));
  }

  @Test
  void outOfMemoryLine_suggestsTwiceTheHeapInWholeGigabytes() {
    assertTrue(OutOfMemory.line(4L << 30).contains("BACKORDER_JAVA_OPTS=-Xmx8g"));
    assertTrue(OutOfMemory.line(600L << 20).contains("heap's 600 MB; give Java more, e.g. BACKORDER_JAVA_OPTS=-Xmx2g"));
    assertTrue(OutOfMemory.causedBy(new IllegalStateException(new OutOfMemoryError("Java heap space"))));
    assertFalse(OutOfMemory.causedBy(new IllegalStateException("no")));
  }

  @Test
  void anEmptyFileName_isRefusedAsSuch_notTakenForTheWorkingFolder() {
    for (String[] args : List.of(new String[] {"validate", ""}, new String[] {"run", ""},
        new String[] {"report", ""})) {
      CommandLineTest.Outcome o = execute(args);
      assertEquals(2, o.status(), String.join(" ", args));
      assertTrue(o.err().contains(args[0].equals("report") ? "an empty folder name" : "an empty file name"), o.err());
    }
  }

  @Test
  void aRangeOfAstronomicalLength_isToldInScientificNotation() {
    CommandLineTest.Outcome o = execute("sweep", SHOP.toString(), "--vary",
        "policies[safety-stock].reorder_point=0:1:1e-300", "--out", tmp.resolve("sweep").toString());
    assertEquals(2, o.status());
    assertTrue(o.err().contains("the range has 1E+300 values; a sweep has at most"), o.err());
  }

  @Test
  void anArgumentWithALineBreak_orOfThousandsOfValues_staysOneBoundedLine() {
    String manyValues = String.join(",", java.util.Collections.nCopies(20_000, "1"));
    for (String values : List.of("1\n2", manyValues)) {
      CommandLineTest.Outcome o = execute("sweep", SHOP.toString(), "--vary",
          "policies[safety-stock].reorder_point=" + values, "--out", tmp.resolve("sweep").toString());
      assertEquals(2, o.status(), o.err());
      String line = o.err().strip();
      assertFalse(line.contains("\n"), line);
      assertTrue(line.length() <= InvalidInputException.MAX_MESSAGE_CHARS + 100, line);
      assertTrue(values.length() < 10 ? line.contains("(value 1\\n2)")
          : line.endsWith("value '1' is listed twice"), line);
    }
    assertFalse(Files.exists(tmp.resolve("sweep")));
  }
}
