package backorder.cli;

import static backorder.cli.CommandLineTest.SHOP;
import static backorder.cli.CommandLineTest.execute;
import static backorder.testing.ChildJvm.siblings;
import static backorder.testing.ChildJvm.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code report DIR} on damaged result files (and a FIFO among them): exit 2, one line naming the file and the
 * fault, nothing overwritten.
 */
class GarbageResultsTest {

  @TempDir
  static Path shared;

  static Path complete;

  @TempDir
  Path tmp;

  @BeforeAll
  static void completeRun() {
    complete = shared.resolve("complete");
    assertEquals(0, execute("run", SHOP.toString(), "--out", complete.toString(), "--quiet").status());
  }

  /** Changes one file of a result set. */
  interface Damage {
    void apply(Path file) throws IOException;
  }

  static Damage bytes(byte[] content) {
    return f -> Files.write(f, content);
  }

  /** Keeps the first {@code size} bytes, as a writer stopped part-way leaves them. */
  static Damage truncate(int size) {
    return f -> Files.write(f, java.util.Arrays.copyOf(Files.readAllBytes(f), size));
  }

  static Damage replaceFirst(String regex, String replacement) {
    return f -> Files.writeString(f, Files.readString(f).replaceFirst(regex, replacement));
  }

  static Stream<Arguments> damages() {
    byte[] garbage = new byte[4096];
    new Random(13).nextBytes(garbage);
    return Stream.of(
        Arguments.of("summary.json", bytes(garbage), "summary.json: not UTF-8 text"),
        Arguments.of("summary.json", bytes(new byte[0]), "summary.json: not valid JSON (line 1, column 1)"),
        Arguments.of("summary.json", (Damage) f -> Files.write(f,
            java.util.Arrays.copyOf(Files.readAllBytes(f), 500)), "summary.json: not valid JSON"),
        Arguments.of("summary.json", replaceFirst("\"mean\":[-0-9.eE]+", "\"mean\":Infinity"),
            "summary.json: policies[0].metrics.orders.mean: expected a finite number or null, got Infinity"),
        Arguments.of("summary.json", replaceFirst("\"mean\":[-0-9.eE]+", "\"mean\":1e999"),
            "expected a finite number or null"),
        Arguments.of("summary.json", replaceFirst("\"name\":\"[^\"]*\"", "\"name\":\"" + "p".repeat(5000) + "\""),
            "summary.json: policies[0].name: a name of 5000 characters; a scenario's names have at most 100"),
        Arguments.of("timeseries.csv", bytes(garbage), "timeseries.csv: not UTF-8 text"),
        Arguments.of("timeseries.csv", replaceFirst("(?m)^(safety[^\n]*),[^,\n]*$", "$1,Infinity"),
            "column 'p90': not a finite number: 'Infinity'"),
        Arguments.of("replications.csv", replaceFirst("(?m)^(safety[^\n]*),[^,\n]*$", "$1,-1e999"),
            "not a finite number: '-1e999'"),
        Arguments.of("replications.csv", bytes("policy,replication\nx,\"1\n".getBytes(StandardCharsets.UTF_8)),
            "replications.csv: not valid CSV"),
        Arguments.of("wait_histogram.csv", bytes(garbage), "wait_histogram.csv: not UTF-8 text"),
        Arguments.of("wait_histogram.csv", (Damage) Files::delete, "missing result file wait_histogram.csv"),
        // half-written files: each used to give exit 0 with a chart dropped or a value changed
        Arguments.of("replications.csv", truncate(100), "replications.csv: the last line has no newline"),
        Arguments.of("wait_histogram.csv", truncate(100), "wait_histogram.csv: the last line has no newline"),
        Arguments.of("timeseries.csv", bytes(new byte[0]), "timeseries.csv: empty file"),
        Arguments.of("replications.csv", replaceFirst("(?s)\n[^\n]*\n$", "\n"),
            "replications.csv: 5 rows for policy 'dual', but summary.json says 6 replications"),
        Arguments.of("replications.csv", replaceFirst("(?m)^(safety[^\n]*),[^,\n]*$", "$1"),
            "cells, the header"),
        Arguments.of("replications.csv", replaceFirst("fill_rate", "fill_rat"),
            "replications.csv: metric columns differ from summary.json's metrics (missing: fill_rate;"
                + " not in summary.json: fill_rat)"),
        Arguments.of("timeseries.csv", replaceFirst("p10,p50", "p50,p10"),
            "timeseries.csv: header is not the expected columns"),
        // cut exactly at a line's end: the last day of the last series, the open-ended last bin
        Arguments.of("timeseries.csv", replaceFirst("(?s)\n[^\n]*\n$", "\n"),
            "for policy 'dual', but the horizon has"),
        Arguments.of("wait_histogram.csv", replaceFirst("(?s)\n[^\n]*\n$", "\n"),
            "wait_histogram.csv: the bins of policy 'dual' do not end with the open-ended one"));
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("damages")
  void damagedResultFile_isNamed_andNothingIsOverwritten(String name, Damage damage, String message)
      throws IOException {
    Path dir = tmp.resolve("run");
    copy(complete, dir);
    damage.apply(dir.resolve(name));
    Map<String, String> before = snapshot(dir);

    CommandLineTest.Outcome o = execute("report", dir.toString());

    assertEquals(2, o.status(), o.err());
    List<String> lines = o.err().lines().toList();
    assertEquals(1, lines.size(), o.err());
    assertTrue(lines.get(0).startsWith("backorder: " + dir.resolve(name)), o.err());
    assertTrue(lines.get(0).contains(message), o.err());
    assertFalse(o.err().contains("Exception") || o.err().contains("Input length"), o.err());
    assertEquals(before, snapshot(dir), "nothing overwritten");
    assertEquals(List.of(), siblings(dir));
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Files.copy(f, to.resolve(from.relativize(f).toString()), StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  /** report copies DIR first: a FIFO among the result files blocked that copy for ever. */
  @Test
  void aFifoAmongTheResultFiles_isRefusedAtOnce_andNothingIsOverwritten() throws Exception {
    Path dir = tmp.resolve("run");
    copy(complete, dir);
    Path fifo = dir.resolve("timeseries.csv");
    Files.delete(fifo);
    HostileInputCommandLineTest.makeFifo(fifo);
    Map<String, String> before = snapshot(dir);

    CommandLineTest.Outcome o = assertTimeoutPreemptively(Duration.ofSeconds(30),
        () -> execute("report", dir.toString()));

    assertEquals(2, o.status(), o.err());
    assertEquals("backorder: report: " + fifo + ": not a regular file, folder or link (a FIFO, socket or"
        + " device); the folder is copied whole, so move it away\n", o.err());
    assertEquals(before, snapshot(dir), "nothing overwritten");
    assertEquals(List.of(), siblings(dir));
  }
}
