package backorder.cli;

import static backorder.cli.CommandLineTest.SHOP;
import static backorder.cli.CommandLineTest.execute;
import static backorder.testing.ChildJvm.siblings;
import static backorder.testing.ChildJvm.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backorder.report.ResultFolder;
import backorder.scenario.ScenarioException;
import backorder.scenario.ScenarioLoader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Help, odd command lines, --out problems, problem floods and garbage result files. */
class CommandLineEdgeTest {

  @TempDir
  static Path shared;

  @TempDir
  Path tmp;

  static Stream<Arguments> helpRequests() {
    return Stream.of(Arguments.of((Object) new String[] {"--help"}),
        Arguments.of((Object) new String[] {"run", "--help"}),
        Arguments.of((Object) new String[] {"validate", "--help"}),
        Arguments.of((Object) new String[] {"report", "--help"}),
        Arguments.of((Object) new String[] {"help"}),
        Arguments.of((Object) new String[] {"help", "run"}),
        Arguments.of((Object) new String[] {"help", "report"}));
  }

  @ParameterizedTest
  @MethodSource("helpRequests")
  void help_printsUsageOnStdout_andExitsZero(String[] args) {
    CommandLineTest.Outcome o = execute(args);
    assertEquals(0, o.status(), o.err());
    assertTrue(o.out().startsWith("Usage: backorder"), o.out());
    assertEquals("", o.err());
  }

  /** A control character in a folder's name is shown as an escape in the terminal, as in the report. */
  @Test
  void anOutFolderWithAControlCharacter_isPrintedWithItEscaped() {
    Path dir = tmp.resolve("o\u001Bx");
    CommandLineTest.Outcome run = execute("run", SHOP.toString(), "--replications", "2", "--no-report",
        "--out", dir.toString());
    assertEquals(0, run.status(), run.err());
    assertFalse(run.out().contains("\u001B"), "no raw ESC on the terminal");
    assertTrue(run.out().contains("results in " + tmp.resolve("o") + "\\u001Bx"), run.out());
    CommandLineTest.Outcome report = execute("report", dir.toString());
    assertEquals(0, report.status(), report.err());
    assertTrue(report.out().startsWith("wrote " + tmp.resolve("o") + "\\u001Bx"), report.out());
  }

  @Test
  void theEarlyWarmupGuess_isRunWithoutSpark() {
    assertTrue(Main.looksLikeLocalRun(new String[] {"run", "s.yaml", "--threads", "2"}));
    assertFalse(Main.looksLikeLocalRun(new String[] {"run", "s.yaml", "--spark", "local[2]"}));
    assertFalse(Main.looksLikeLocalRun(new String[] {"run", "--spark=local[2]", "s.yaml"}));
    assertFalse(Main.looksLikeLocalRun(new String[] {"validate", "s.yaml"}));
    assertFalse(Main.looksLikeLocalRun(new String[] {"s.yaml", "run"}));
    assertFalse(Main.looksLikeLocalRun(new String[0]));
  }

  @Test
  void runHelp_describesReplicationsAndSeed() {
    String out = execute("help", "run").out().replaceAll("\\s+", " ");
    assertTrue(out.contains("--replications=N Replications per policy"), out);
    assertTrue(out.contains("(default: the scenario's replications, else 30)"), out);
    assertTrue(out.contains("(default: the scenario's seed, else 1)"), out);
    assertFalse(out.contains("%n"), "no unformatted percent signs");
  }

  /** A bad command line: its arguments, the exit status and what stderr must say. */
  static Stream<Arguments> badCommandLines() throws IOException {
    Path file = Files.writeString(shared.resolve("a-file"), "x");
    Path loop = shared.resolve("loop");
    if (!Files.exists(loop, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      Files.createSymbolicLink(loop, loop);
    }
    String shop = SHOP.toString();
    return Stream.of(
        Arguments.of(List.of(), 2, "Usage: backorder"),
        Arguments.of(List.of("help", "nope"), 2, "Unknown subcommand 'nope'"),
        Arguments.of(List.of("run", shop, "--out", ""), 2, "--out: an empty folder name"),
        Arguments.of(List.of("run", shop, "--out", file.toString()), 2, "exists and is not a folder"),
        Arguments.of(List.of("run", shop, "--out", file.resolve("sub").toString()), 2,
            file + ": is a file, not a folder"),
        Arguments.of(List.of("run", shop, "--out", loop.toString()), 2, "Too many levels of symbolic links"),
        Arguments.of(List.of("run", shop, "--out", loop.resolve("x").toString()), 2,
            "Too many levels of symbolic links"),
        Arguments.of(List.of("run", shop, "--out", "/proc/backorder-x"), 2,
            "--out: /proc/backorder-x: cannot write beside it in /proc"),
        Arguments.of(List.of("run", shop, "--out", shared.resolve("y".repeat(256)).toString()), 2,
            "a folder name of 256 bytes; at most 255 are allowed"),
        Arguments.of(List.of("run", shop, "--out", "."), 2, "is the current folder or holds it"),
        Arguments.of(List.of("run", shop, "--out", "src"), 2, "which is not a result file"),
        Arguments.of(List.of("validate", "a\0b.yaml"), 2, "it contains a NUL character"),
        Arguments.of(List.of("report", shared.toString()), 2, "no summary.json here"),
        Arguments.of(List.of("run", shop, "--seed=\u0663"), 2, "'\u0663' is not a long (write the digits 0-9)"),
        Arguments.of(List.of("sweep", shop, "--vary", "policies[lean].reorder_point=5,10", "--replications",
            "\uFF13"), 2, "'\uFF13' is not an int (write the digits 0-9)"),
        Arguments.of(List.of("run", shop, "--seed", "9223372036854775808"), 2, "is not a long (out of range)"));
  }

  @ParameterizedTest
  @MethodSource("badCommandLines")
  void badCommandLine_exitsWithAReason(List<String> args, int status, String message) {
    CommandLineTest.Outcome o = execute(args.toArray(String[]::new));
    assertEquals(status, o.status(), o.err());
    assertTrue(o.err().contains(message), o.err());
    assertFalse(o.err().contains("Exception"), o.err());
    assertFalse(Files.exists(Path.of("summary.json")), "nothing written into the working folder");
  }

  @Test
  void unwritableOut_saysPermissionDenied() throws IOException {
    Path locked = Files.createDirectories(tmp.resolve("locked"));
    Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("r-xr-xr-x"));
    if (Files.isWritable(locked)) {
      locked = Path.of("/sys");   // root writes anywhere but into sysfs
    }
    CommandLineTest.Outcome o = execute("run", SHOP.toString(), "--out", locked.resolve("x").toString());
    assertEquals(2, o.status(), o.err());
    assertTrue(o.err().contains(locked.toString()) && o.err().contains("permission denied"), o.err());
  }

  /** A scenario saved as JSON in the results folder looks like a result file: replacing the folder deleted it. */
  @Test
  void outHoldingTheScenarioFile_isRefused_andTheScenarioKept() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("results"));
    Files.writeString(dir.resolve("summary.json"), "{}");
    Path scenario = Files.writeString(dir.resolve("shop.json"), Files.readString(SHOP));
    Path other = Files.writeString(tmp.resolve("other.yaml"),
        Files.readString(SHOP).replace("name: small-shop", "name: other-shop"));
    String[][] commands = {
        {"run", scenario.toString(), "--out", dir.toString(), "--quiet", "--no-report"},
        {"sweep", scenario.toString(), "--vary", "policies[lean].reorder_point=5,10", "--out", dir.toString()},
        {"optimize", scenario.toString(), "--policy", "lean", "--param", "policies[lean].reorder_point=5:7",
            "--out", dir.toString()},
        {"run", scenario.toString(), other.toString(), "--matrix", "--out", dir.toString()}};
    for (String[] args : commands) {
      CommandLineTest.Outcome o = execute(args);
      assertEquals(2, o.status(), String.join(" ", args) + "\n" + o.err());
      assertEquals("backorder: --out: " + dir + " holds " + scenario + ", a file this command reads; the folder"
          + " is replaced as a whole, which would delete it, so choose another folder\n", o.err());
    }
    assertEquals(Files.readString(SHOP), Files.readString(scenario));
    assertEquals(List.of(), siblings(dir));
  }

  /**
   * A catalogue or trace CSV in the results folder looks like a result file: replacing the folder deleted it
   * (also a trace only a sweep's --vary value names).
   */
  @Test
  void outHoldingASideFile_isRefused_andTheFolderKept() throws IOException {
    Path good = Path.of("src/test/resources/scenarios/good");
    String yaml = Files.readString(good.resolve("catalog-and-trace.yaml"));
    Path dir = Files.createDirectories(tmp.resolve("results"));
    Files.writeString(dir.resolve("summary.json"), "{}");
    Path catalog = Files.copy(good.resolve("catalog.csv"), dir.resolve("catalog.csv"));
    Path trace = Files.copy(good.resolve("data/orders.csv"), dir.resolve("orders.csv"));
    Files.createDirectories(tmp.resolve("data"));
    Files.copy(good.resolve("data/orders.csv"), tmp.resolve("data/orders.csv"));
    Files.copy(good.resolve("catalog.csv"), tmp.resolve("catalog.csv"));
    Path readsCatalog = Files.writeString(tmp.resolve("catalog-inside.yaml"),
        yaml.replace("product_catalog: catalog.csv", "product_catalog: results/catalog.csv"));
    Path readsTrace = Files.writeString(tmp.resolve("trace-inside.yaml"),
        yaml.replace("trace: data/orders.csv", "trace: results/orders.csv").replace("portfolio-check", "traced"));
    Path outside = Files.writeString(tmp.resolve("outside.yaml"), yaml.replace("portfolio-check", "outside"));
    Map<String, String> before = snapshot(dir);
    String[][] commands = {
        {"run", readsCatalog.toString(), "--out", dir.toString(), "--quiet", "--no-report", "--replications", "1"},
        {"sweep", readsCatalog.toString(), "--vary", "policies[split].order_up_to=40,50", "--out", dir.toString()},
        {"optimize", readsCatalog.toString(), "--policy", "split", "--param", "policies[split].order_up_to=40:42",
            "--out", dir.toString()},
        {"run", outside.toString(), readsTrace.toString(), "--matrix", "--out", dir.toString()},
        {"sweep", outside.toString(), "--vary", "products[TRACE-1].demand.trace=data/orders.csv,results/orders.csv",
            "--out", dir.toString()}};
    Path[] named = {catalog, catalog, catalog, trace, trace};
    for (int i = 0; i < commands.length; i++) {
      CommandLineTest.Outcome o = execute(commands[i]);
      assertEquals(2, o.status(), String.join(" ", commands[i]) + "\n" + o.err());
      assertEquals("backorder: --out: " + dir + " holds " + named[i] + ", a file this command reads; the folder is replaced as a whole, which would delete it, so choose"
          + " another folder\n", o.err());
    }
    assertEquals(before, snapshot(dir));
    assertEquals(List.of(), siblings(dir));
  }

  @Test
  void longScenarioName_saysTheDefaultFolderNameIsTooLong() throws IOException {
    Path yaml = tmp.resolve("long.yaml");
    Files.writeString(yaml, Files.readString(SHOP).replace("name: small-shop", "name: " + "a".repeat(300)));
    CommandLineTest.Outcome o = execute("run", yaml.toString());
    assertEquals(2, o.status(), o.err());
    assertTrue(o.err().contains("the scenario name is 300 bytes long, too long for the default output"
        + " folder reports/<name>"), o.err());
    assertFalse(Files.exists(Path.of("reports", "a".repeat(200))));
  }

  @Test
  void folderAnotherRunHolds_isRefusedWithExitOne_andKeptIntact() throws IOException {
    Path dir = tmp.resolve("busy");
    assertEquals(0, execute("run", SHOP.toString(), "--out", dir.toString(), "--no-report", "--quiet").status());
    Map<String, String> before = snapshot(dir);
    try (ResultFolder other = ResultFolder.replace(dir)) {
      CommandLineTest.Outcome o = execute("run", SHOP.toString(), "--out", dir.toString(), "--quiet");
      assertEquals(1, o.status(), o.err());
      assertEquals("backorder: error: another run is writing " + dir + " (pid " + ProcessHandle.current().pid()
          + "); wait for it to end or choose another folder\n", o.err());
      o = execute("report", dir.toString());
      assertEquals(1, o.status(), o.err());
    }
    assertEquals(before, snapshot(dir));
  }

  @Test
  void secondRun_replacesTheFolderWhole_soNoStaleReportStays() throws IOException {
    Path dir = tmp.resolve("out");
    assertEquals(0, execute("run", SHOP.toString(), "--out", dir.toString(), "--quiet").status());
    assertTrue(Files.isRegularFile(dir.resolve("report.html")));
    assertEquals(0, execute("run", SHOP.toString(), "--out", dir.toString(), "--quiet", "--no-report").status());
    assertFalse(Files.exists(dir.resolve("report.html")), "a --no-report run leaves no old report behind");
    assertFalse(Files.exists(dir.resolve("charts")));
    assertEquals(List.of(), siblings(dir));

    CommandLineTest.Outcome o = execute("report", dir.toString());
    assertEquals(0, o.status(), o.err());
    assertEquals("wrote " + dir.resolve("report.html") + "\n", o.out());
    assertTrue(Files.isDirectory(dir.resolve("charts")));
    assertEquals(List.of(), siblings(dir));
  }

  @Test
  void aCommandLineValueQuotedInAMessage_cannotMoveTheCursor() {
    String clear = "lean\u001b[2J\u009b";
    CommandLineTest.Outcome run = execute("run", SHOP.toString(), "--policy", clear);
    CommandLineTest.Outcome sweep = execute("sweep", SHOP.toString(), "--vary",
        "products[LAMP-01].price=1," + clear);
    CommandLineTest.Outcome option = execute("run", SHOP.toString(), "--replications", clear);
    for (CommandLineTest.Outcome o : List.of(run, sweep, option)) {
      assertEquals(2, o.status(), o.err());
      assertTrue(o.err().contains("lean?[2J?"), o.err());
      assertTrue(o.err().chars().noneMatch(c -> c == 0x1b || c == 0x9b), o.err());
    }
  }

  @Test
  void manyProblems_printAHundredLinesPerFile_thenHowManyMore() throws IOException {
    String text = Files.readString(SHOP).replace("products:\n", "products:\n"
        + "  - {sku: X, price: -1, initial_on_hand: -1}\n".repeat(150));
    Path file = Files.writeString(tmp.resolve("flood.yaml"), text);
    int problems;
    try {
      ScenarioLoader.load(file);
      throw new AssertionError("the flood is invalid");
    } catch (ScenarioException e) {
      problems = e.problems().size();
    }
    assertTrue(problems > 150, "problems: " + problems);

    CommandLineTest.Outcome o = execute("validate", file.toString());
    assertEquals(2, o.status());
    List<String> lines = o.err().lines().toList();
    assertEquals(101, lines.size());
    assertTrue(lines.subList(0, 100).stream().allMatch(l -> l.matches("^.+:\\d+:\\d+: \\S.*: .+$")));
    assertEquals("... and " + (problems - 100) + " more problems in " + file, lines.get(100));
    assertEquals(101, execute("run", file.toString(), "--out", tmp.resolve("x").toString()).err().lines().count());
    assertEquals(101, execute("sweep", file.toString(), "--vary", "products[LAMP-01].price=1,2")
        .err().lines().count(), "sweep");
    assertEquals(101, execute("optimize", file.toString(), "--policy", "safety-stock", "--param",
        "products[LAMP-01].price=1:2").err().lines().count(), "optimize");
    assertEquals(101, execute("run", file.toString(), SHOP.toString(), "--matrix").err().lines()
        .filter(l -> !l.startsWith("backorder: ")).count(), "matrix");
  }

  @Test
  void stdoutWriteError_exitsOneWithOneLine() {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    var err = new ByteArrayOutputStream();
    OutputStream full = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("No space left on device");
      }
    };
    int status;
    try {
      System.setOut(new PrintStream(full, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      status = Main.execute("validate", SHOP.toString());
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
    assertEquals(1, status);
    assertEquals("backorder: error: could not write to standard output (disk full or output closed)\n",
        err.toString(StandardCharsets.UTF_8));
  }
}
