package backorder.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scenario, trace and catalogue paths a hostile or unlucky user may give: FIFOs, devices, folders,
 * the kernel's virtual files, files outside the scenario's folder, system files that must never be
 * echoed, and files over the documented caps.
 */
class HostileFilesTest {

  /** A FIFO must be refused before it is opened: a regression would block, so it fails instead. */
  static final Duration NO_HANG = Duration.ofSeconds(30);

  @TempDir
  Path tmp;

  static String scenario(String productLines) {
    return """
        name: hostile
        horizon_days: 30
        %s
        suppliers:
          - name: s1
            lead_time_days: 3
        policies:
          - name: p1
            type: reorder_point
            supplier: s1
            reorder_point: 5
            order_quantity: 10
        """.formatted(productLines);
  }

  static String traced(String trace) {
    return scenario("products:\n  - sku: A\n    price: 10\n    demand: {process: trace, trace: '"
        + trace + "'}");
  }

  static String catalogued(String catalogue) {
    return scenario("product_catalog: '" + catalogue + "'\nproduct_defaults:\n  price: 10\n"
        + "  demand: {process: poisson, rate_per_day: 2}");
  }

  private Path fifo(String name) throws IOException, InterruptedException {
    Path fifo = tmp.resolve(name);
    Process p;
    try {
      p = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
    } catch (IOException e) {
      Assumptions.abort("mkfifo is not available: " + e.getMessage());
      throw e;
    }
    assertEquals(0, p.waitFor(), "mkfifo");
    return fifo;
  }

  private static Problem firstProblem(Path file, SideFileAccess access) {
    ScenarioException e = assertThrows(ScenarioException.class,
        () -> ScenarioLoader.load(file, List.of(), access));
    BadScenarioTest.assertWellFormed(e.problems());
    return e.problems().get(0);
  }

  private Path write(String name, String text) throws IOException {
    Path file = tmp.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }

  @Test
  void fifoAsScenario_isRefusedAtOnce_namingWhatItIs() throws Exception {
    Path fifo = fifo("scenario.yaml");
    Problem p = assertTimeoutPreemptively(NO_HANG,
        () -> firstProblem(fifo, SideFileAccess.SCENARIO_FOLDER));
    assertEquals(fifo + ":1:1: (root): " + fifo + " is a FIFO (named pipe), not a regular file",
        p.toString());
  }

  @Test
  void fifoAsTraceOrCatalogue_isRefusedAtOnce_evenWhenOutsideIsAllowed() throws Exception {
    fifo("orders.csv");
    Path traced = write("traced.yaml", traced("orders.csv"));
    Path catalogued = write("catalogued.yaml", catalogued("orders.csv"));
    for (Path file : List.of(traced, catalogued)) {
      Problem p = assertTimeoutPreemptively(NO_HANG, () -> firstProblem(file, SideFileAccess.ANYWHERE));
      assertTrue(p.message().endsWith(tmp.resolve("orders.csv")
          + " is a FIFO (named pipe), not a regular file"), p::toString);
      assertEquals(file.toString(), p.file());
    }
  }

  @Test
  void deviceFolderAndKernelFiles_areRefused_asScenarioOrSideFile() throws Exception {
    assertEquals("/dev/null is a character device, not a regular file",
        firstProblem(Path.of("/dev/null"), SideFileAccess.ANYWHERE).message());
    assertEquals(tmp + " is a directory, not a regular file",
        firstProblem(tmp, SideFileAccess.ANYWHERE).message());
    assertTrue(firstProblem(Path.of("/proc/self/status"), SideFileAccess.ANYWHERE).message()
        .endsWith("is in /proc, the kernel's virtual files and devices: not a scenario or data file"));
    // a link inside the folder does not make a kernel file readable, whatever --allow-outside says
    Path link = Files.createSymbolicLink(tmp.resolve("env.csv"), Path.of("/proc/self/environ"));
    try {
      Problem p = firstProblem(write("env.yaml", traced("env.csv")), SideFileAccess.ANYWHERE);
      assertTrue(p.message().contains("env.csv (really /proc/"), p::toString);
      assertTrue(p.message().contains("is in /proc"), p::toString);
    } finally {
      Files.delete(link); // JUnit warns about links out of its temporary folder
    }
  }

  @Test
  void fileNameWithALineBreakOrEscape_isShownOnOnePrintableLine() throws Exception {
    Path file = write("new\nline\u001b[31m.yaml",
        scenario("products:\n  - sku: A\n    price: 10\n    demand: {process: poisson, rate_per_day: 2}")
            + "bogus: 1\n");
    Problem p = firstProblem(file, SideFileAccess.SCENARIO_FOLDER);
    assertEquals(tmp + "/new\\nline?[31m.yaml", p.file());
    assertEquals("bogus", p.path());
  }

  @Test
  void sideFileOutsideTheScenarioFolder_isRefused_unlessAllowed() throws Exception {
    write("orders.csv", "day,orders\n0,2\n");
    Path relative = write("sub/relative.yaml", traced("../orders.csv"));
    Files.createSymbolicLink(tmp.resolve("sub/link.csv"), tmp.resolve("orders.csv"));
    Path linked = write("sub/linked.yaml", traced("link.csv"));
    Path absolute = write("sub/absolute.yaml", traced(tmp.resolve("orders.csv").toString()));
    for (Path file : List.of(relative, linked, absolute)) {
      Problem p = firstProblem(file, SideFileAccess.SCENARIO_FOLDER);
      assertEquals("products[0].demand.trace", p.path());
      assertTrue(p.message().contains(" lies outside the scenario's folder "
          + tmp.resolve("sub").toRealPath() + ": side files must lie in it or below it"
          + " (give --allow-outside to read it anyway)"), p::toString);
      assertEquals(1, ScenarioLoader.load(file, List.of(), SideFileAccess.ANYWHERE).products().size());
    }
    assertThrows(ScenarioException.class, () -> ScenarioLoader.load(relative), "the default is the folder");
  }

  @Test
  void sideFilesBelowTheFolder_orReachedThroughALinkedFolder_areInside() throws Exception {
    write("real/data/orders.csv", "day,orders\n0,2\n");
    write("real/s.yaml", traced("data/orders.csv"));
    Files.createSymbolicLink(tmp.resolve("alias"), tmp.resolve("real"));
    assertEquals(1, ScenarioLoader.load(tmp.resolve("real/s.yaml")).products().size());
    assertEquals(1, ScenarioLoader.load(tmp.resolve("alias/s.yaml")).products().size());
  }

  @Test
  void systemFileAsTraceOrCatalogue_isNeverEchoed() throws Exception {
    String secret = "root:x:0:0:SECRET-TOKEN-4711:/root:/bin/bash\nfoo,bar\n";
    write("passwd.csv", secret);
    write("environ.csv", "PATH=/usr/bin\0API_KEY=SECRET-TOKEN-4711\0");
    for (String side : List.of("passwd.csv", "environ.csv")) {
      for (String yaml : List.of(traced(side), catalogued(side))) {
        ScenarioException e = assertThrows(ScenarioException.class,
            () -> ScenarioLoader.load(write("s.yaml", yaml)));
        for (Problem p : e.problems()) {
          assertFalse(p.toString().contains("SECRET") || p.toString().contains("root:"), p::toString);
          assertTrue(p.message().contains("(its content is not shown)"), p::toString);
        }
      }
    }
    Path passwd = Path.of("/etc/passwd");
    if (Files.isReadable(passwd)) {
      ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(
          write("etc.yaml", traced(passwd.toString())), List.of(), SideFileAccess.ANYWHERE));
      String firstLine = Files.readAllLines(passwd).get(0);
      assertFalse(e.getMessage().contains(firstLine), e::getMessage);
    }
  }

  @Test
  void csvLikeHeader_isShownAsAShortSanitisedExcerpt() throws Exception {
    write("named.csv", "Day,Count\n0,1\n");
    assertEquals("header must be 'day,orders', got 'Day,Count'",
        firstProblem(write("a.yaml", traced("named.csv")), SideFileAccess.SCENARIO_FOLDER).message());
    write("long.csv", "day,orders,extra_column_one,extra_column_two,extra_column_three\n0,1\n");
    assertEquals("header must be 'day,orders', got 'day,orders,extra_column_one,extra_col...'",
        firstProblem(write("b.yaml", traced("long.csv")), SideFileAccess.SCENARIO_FOLDER).message());
    write("cells.csv", "day,orders\n0,\"\u001b[31m\u00e9" + "x".repeat(80) + "\"\n");
    String message = firstProblem(write("c.yaml", traced("cells.csv")), SideFileAccess.SCENARIO_FOLDER).message();
    assertEquals("orders: must be a whole number >= 0, got \"?[31m?" + "x".repeat(31) + "...\"", message);
  }

  @Test
  void excerpt_keepsFortyPrintableAsciiCharacters() {
    assertEquals("day,orders", Excerpt.of("day,orders"));
    assertEquals("a?b?c?", Excerpt.of("a\tb\u0000c\u00e9"));
    assertEquals("y".repeat(37) + "...", Excerpt.of("y".repeat(41)));
    assertEquals(40, Excerpt.of("z".repeat(40)).length());
    assertTrue(Excerpt.looksLikeHeader(List.of("sku", "demand.rate_per_day", "Unit Cost")));
    assertFalse(Excerpt.looksLikeHeader(List.of("root:x:0:0:root:/root:/bin/bash")));
  }

  @Test
  void catalogueSkuWithABidiOverride_isRefusedAtItsCell() throws Exception {
    write("bidi.csv", "sku\nLAMP-01\nLAMP\u202E-02\n");
    Problem p = firstProblem(write("bidi.yaml", catalogued("bidi.csv")), SideFileAccess.SCENARIO_FOLDER);
    assertEquals(tmp.resolve("bidi.csv") + ":3:1: product_catalog[1].sku: must not contain control or"
        + " invisible formatting characters (a name labels tables and charts), got U+202E at character 5"
        + " of \"LAMP?-02\"", p.toString());
  }

  @Test
  void catalogueOverTheByteCap_isRefusedBeforeItIsRead() throws Exception {
    Path big = tmp.resolve("big.csv");
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(InputLimits.CATALOG_MAX_BYTES + 1); // sparse: nothing is written
    }
    Problem p = firstProblem(write("big.yaml", catalogued("big.csv")), SideFileAccess.SCENARIO_FOLDER);
    assertEquals("cannot use product_catalog: the file is 33554433 bytes; at most 33554432 bytes"
        + " (32 MiB) are allowed", p.message());
  }

  @Test
  void catalogueOverTheRowCap_namesTheLimit() throws Exception {
    StringBuilder rows = new StringBuilder("sku\n");
    for (int i = 0; i < InputLimits.CATALOG_MAX_ROWS; i++) {
      rows.append('P').append(i).append('\n');
    }
    write("rows.csv", rows.toString());
    Problem p = firstProblem(write("rows.yaml", catalogued("rows.csv")), SideFileAccess.SCENARIO_FOLDER);
    assertEquals(tmp.resolve("rows.csv") + ":200002:1: product_catalog: more than 200001 rows (header"
        + " included): at most 200001 are allowed in a product catalogue", p.toString());
  }

  @Test
  void csvLimits_stopTheSplitAtTheFirstRowOrCellOverThem() {
    CsvTable.Malformed rows = assertThrows(CsvTable.Malformed.class,
        () -> CsvTable.parse("a,b\n1,2\n3,4\n", "f.csv", new CsvTable.Limits("a test file", 2, 8, 100)));
    assertEquals("more than 2 rows (header included): at most 2 are allowed in a test file", rows.getMessage());
    assertEquals(3, rows.where.line());
    CsvTable.Malformed cells = assertThrows(CsvTable.Malformed.class,
        () -> CsvTable.parse("a,b,c,d\n", "f.csv", new CsvTable.Limits("a test file", 9, 3, 100)));
    assertTrue(cells.getMessage().startsWith("more than 3 cells in a row"), cells.getMessage());
    CsvTable.Malformed total = assertThrows(CsvTable.Malformed.class,
        () -> CsvTable.parse("a,b\n1,2\n3,4\n", "f.csv", new CsvTable.Limits("a test file", 9, 8, 5)));
    assertTrue(total.getMessage().startsWith("more than 5 cells (rows times the header's columns)"),
        total.getMessage());
  }

  @Test
  void textAfterAClosingQuote_isRefusedWhereItStarts_spacesBeforeACommaAreFine() throws Exception {
    write("junk.csv", "sku,price\n\"C1\"x,5\n");
    Problem p = firstProblem(write("junk.yaml", catalogued("junk.csv")), SideFileAccess.SCENARIO_FOLDER);
    assertEquals(tmp.resolve("junk.csv") + ":2:5: product_catalog: text after the closing quote of a quoted"
        + " cell: put the whole cell in quotes (a quote inside it written as \"\"), or none of it", p.toString());
    CsvTable table = CsvTable.parse("sku,price\n\"C1\"  ,5\n\"a,\"\"b\"\"\"\t\n", "f.csv", InputLimits.catalog());
    assertEquals("C1", table.rows().get(1).cells().get(0).text());
    assertEquals("a,\"b\"", table.rows().get(2).cells().get(0).text());
    CsvTable.Malformed second = assertThrows(CsvTable.Malformed.class,
        () -> CsvTable.parse("sku\n\"A\" \"B\"\n", "f.csv", InputLimits.catalog()));
    assertEquals(new YamlNode.Where("f.csv", 2, 5), second.where);
  }

  @Test
  void byteOrderMark_atTheStartIsFine_elsewhereIsLocated() throws Exception {
    write("bom.csv", "\uFEFFday,orders\n0,2\n");
    assertEquals(1, ScenarioLoader.load(write("bom.yaml", "\uFEFF" + traced("bom.csv"))).products().size());
    CsvTable.Malformed m = assertThrows(CsvTable.Malformed.class, () -> CsvTable.parse(
        "sku\n\uFEFFA\n", "f.csv", InputLimits.catalog()));
    assertEquals(new YamlNode.Where("f.csv", 2, 1), m.where);
  }
}
