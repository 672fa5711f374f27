package backorder.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backorder.cli.CommandLineTest.Outcome;
import backorder.testing.ChildJvm;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code run --spark MASTER} as users meet it: the local run's files, and one-line failures. */
class SparkCommandLineTest {

  static final String PORTFOLIO = "src/test/resources/scenarios/good/catalog-and-trace.yaml";

  @TempDir
  Path tmp;

  @Test
  void runOnSparkLocal_writesTheLocalRunsFiles_andTheReport() throws IOException {
    Path local = tmp.resolve("local");
    Path spark = tmp.resolve("spark");
    Outcome l = CommandLineTest.execute("run", PORTFOLIO, "--replications", "4", "--seed", "9",
        "--quiet", "--no-report", "--out", local.toString());
    Outcome s = CommandLineTest.execute("run", PORTFOLIO, "--replications", "4", "--seed", "9",
        "--quiet", "--spark", "local[2]", "--out", spark.toString());
    assertEquals(0, l.status(), l.err());
    assertEquals(0, s.status(), s.err());
    assertEquals("", s.err(), "Spark's logging stays quiet");

    for (String name : List.of("replications.csv", "timeseries.csv", "wait_histogram.csv",
        "summary.csv", "comparisons.csv")) {
      assertArrayEquals(Files.readAllBytes(local.resolve(name)), Files.readAllBytes(spark.resolve(name)),
          name);
    }
    String localJson = Files.readString(local.resolve("summary.json"), StandardCharsets.UTF_8);
    String sparkJson = Files.readString(spark.resolve("summary.json"), StandardCharsets.UTF_8);
    assertTrue(localJson.contains("\"runner\":\"local\""), "runner in the manifest");
    assertEquals(localJson.replace("\"runner\":\"local\"", "\"runner\":\"spark local[2]\""), sparkJson);
    assertTrue(Files.exists(spark.resolve("report.html")));
  }

  @Test
  void sweepOnSparkLocal_writesTheLocalSweepCsv() throws IOException {
    Path local = tmp.resolve("local");
    Path spark = tmp.resolve("spark");
    String[] grid = {"--vary", "suppliers[local].unit_cost=10,14", "--vary",
        "policies[failover].order_quantity=20,40", "--replications", "3", "--quiet", "--no-report"};
    Outcome l = CommandLineTest.execute(concat(new String[] {"sweep", PORTFOLIO, "--out",
        local.toString()}, grid));
    Outcome s = CommandLineTest.execute(concat(new String[] {"sweep", PORTFOLIO, "--out",
        spark.toString(), "--spark", "local[2]"}, grid));
    assertEquals(0, l.status(), l.err());
    assertEquals(0, s.status(), s.err());

    assertArrayEquals(Files.readAllBytes(local.resolve("sweep.csv")),
        Files.readAllBytes(spark.resolve("sweep.csv")));
  }

  private static String[] concat(String[] a, String[] b) {
    String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  @Test
  void aMasterThatCannotBeReached_exits1_inOneLine() throws IOException {
    int closed;
    try (ServerSocket s = new ServerSocket(0)) {
      closed = s.getLocalPort(); // free once closed: nothing listens there
    }
    String master = "spark://127.0.0.1:" + closed;
    long start = System.nanoTime();

    Outcome o = CommandLineTest.execute("run", PORTFOLIO, "--spark", master, "--out",
        tmp.resolve("out").toString());

    assertEquals(1, o.status());
    assertEquals(1, o.err().lines().count(), o.err());
    assertTrue(o.err().startsWith("backorder: error: cannot reach the Spark master " + master), o.err());
    assertTrue((System.nanoTime() - start) / 1e9 < 10, "bounded by the connection timeout");
    assertFalse(Files.exists(tmp.resolve("out")));
  }

  @Test
  void aMasterOfNoKnownForm_orThreadsWithSpark_isInvalidInput() {
    Outcome bad = CommandLineTest.execute("run", PORTFOLIO, "--spark", "lokal[2]");
    assertEquals(2, bad.status());
    assertTrue(bad.err().startsWith("backorder: --spark: expected local[N]"), bad.err());

    Outcome threads = CommandLineTest.execute("run", PORTFOLIO, "--spark", "local[2]", "--threads", "2");
    assertEquals(2, threads.status());
    assertTrue(threads.err().startsWith("backorder: --threads: not used with --spark"), threads.err());

    Outcome sweep = CommandLineTest.execute("sweep", PORTFOLIO, "--vary",
        "suppliers[local].unit_cost=10,14", "--spark", "lokal");
    assertEquals(2, sweep.status());
    assertTrue(sweep.err().startsWith("backorder: --spark: expected local[N]"), sweep.err());
  }

  @Test
  void withoutSparkOnTheClassPath_aBadSparkOptionIsStillInvalidInput() throws Exception {
    // as java -jar target/backorder.jar: the same class path without Spark's jars
    String noSpark = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(entry -> !Path.of(entry).getFileName().toString().startsWith("spark-"))
        .collect(Collectors.joining(File.pathSeparator));
    String[][] invalid = {{"run", PORTFOLIO, "--spark", "lokal[2]"},
        {"run", PORTFOLIO, "--spark", "local[2]", "--threads", "2"},
        {"run", PORTFOLIO, "--spark", "local[2]", "--replications", "0"},
        {"sweep", PORTFOLIO, "--vary", "suppliers[local].unit_cost=10,14", "--spark", "lokal"}};
    for (String[] args : invalid) {
      Process p = ChildJvm.javaOn(noSpark, Main.class.getName(), args).start();
      String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      assertEquals(2, p.waitFor(), String.join(" ", args) + ": " + err);
      assertTrue(err.startsWith("backorder: --"), err);
    }
    Process valid = ChildJvm.javaOn(noSpark, Main.class.getName(), "run", PORTFOLIO, "--spark",
        "local[2]", "--out", tmp.resolve("out").toString()).start();
    String err = new String(valid.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(1, valid.waitFor(), err);
    assertTrue(err.contains("--spark needs Apache Spark on the class path"), err);
  }

  @Test
  void aMissingSideFile_isTheUsualInvalidInput_beforeSparkStarts() throws IOException {
    Path file = tmp.resolve("portfolio.yaml");
    Files.copy(Path.of(PORTFOLIO), file); // its catalog.csv and data/orders.csv are not beside it

    Outcome o = CommandLineTest.execute("run", file.toString(), "--spark", "local[2]");

    assertEquals(2, o.status());
    assertTrue(o.err().contains("product_catalog: cannot use product_catalog: file not found"), o.err());
  }
}
