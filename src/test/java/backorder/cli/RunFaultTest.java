package backorder.cli;

import static backorder.cli.CommandLineTest.SHOP;
import static backorder.cli.CommandLineTest.execute;
import static backorder.testing.ChildJvm.awaitWhileAlive;
import static backorder.testing.ChildJvm.siblings;
import static backorder.testing.ChildJvm.snapshot;
import static backorder.testing.ChildJvm.temporary;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backorder.report.ResultFolder;
import backorder.testing.ChildJvm;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code backorder run} in a child JVM into a folder holding a previous complete result set,
 * killed at several moments: the folder holds exactly the previous set or the complete new one.
 * Also standard streams a child sees: a full disk behind stdout, a locale that cannot map a name.
 */
class RunFaultTest {

  @TempDir
  static Path shared;

  static Map<String, String> previousSet;
  static Map<String, String> newSet;

  @TempDir
  Path tmp;

  /** The previous set (seed 1) and what an uninterrupted run of the child's command writes (seed 2). */
  @BeforeAll
  static void referenceSets() throws IOException {
    Path prev = shared.resolve("previous");
    Path next = shared.resolve("new");
    assertEquals(0, execute(args(prev, "1")).status());
    assertEquals(0, execute(args(next, "2")).status());
    previousSet = snapshot(prev);
    newSet = snapshot(next);
    assertNotEquals(previousSet, newSet);
  }

  private static String[] args(Path out, String seed) {
    return new String[] {"run", SHOP.toString(), "--out", out.toString(), "--seed", seed, "--threads",
        "1", "--quiet"};
  }

  private Path folderWithPreviousSet() throws IOException {
    Path dir = tmp.resolve("run");
    assertEquals(0, execute(args(dir, "1")).status());
    assertEquals(previousSet, snapshot(dir));
    return dir;
  }

  private static Process child(Path dir) throws IOException {
    return ChildJvm.java(Main.class.getName(), args(dir, "2"))
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
  }

  private static Predicate<Path> stage(String stage) {
    return switch (stage) {
      case "started" -> staging -> true;
      case "results" -> staging -> Files.exists(staging.resolve("summary.json"));
      case "report" -> staging -> Files.exists(staging.resolve("charts"));
      default -> throw new IllegalArgumentException(stage);
    };
  }

  @ParameterizedTest(name = "{0} once {1}")
  @CsvSource({"SIGKILL, started", "SIGKILL, results", "SIGKILL, report", "SIGTERM, started",
      "SIGTERM, report"})
  void killedRun_leavesThePreviousSetOrTheCompleteNewOne(String signal, String when) throws Exception {
    Path dir = folderWithPreviousSet();
    Process p = child(dir);
    Predicate<Path> reached = stage(when);
    awaitWhileAlive(p, () -> {
      Path staging = temporary(dir);
      return staging != null && reached.test(staging);
    }, 60_000);
    if (signal.equals("SIGKILL")) {
      p.destroyForcibly();
    } else {
      p.destroy();
    }
    assertTrue(p.waitFor(30, TimeUnit.SECONDS));

    Map<String, String> now = snapshot(dir);
    assertTrue(now.equals(previousSet) || now.equals(newSet),
        "neither the previous nor the complete new set: " + now.keySet());
    if (signal.equals("SIGTERM")) {
      assertEquals(List.of(), siblings(dir), "a SIGTERM leaves no temporary folder");
    } else {
      ResultFolder.replace(dir).close();   // the next run sweeps what SIGKILL left
      assertEquals(List.of(), siblings(dir));
      assertEquals(now, snapshot(dir));
    }
  }

  @Test
  void killedReport_leavesTheFolderAsItWas() throws Exception {
    Path dir = folderWithPreviousSet();
    Process p = ChildJvm.java(Main.class.getName(), "report", dir.toString())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    awaitWhileAlive(p, () -> temporary(dir) != null, 60_000);
    p.destroyForcibly();
    assertTrue(p.waitFor(30, TimeUnit.SECONDS));
    assertEquals(previousSet, snapshot(dir), "report DIR regenerates the same bytes or nothing");
    ResultFolder.replace(dir).close();
    assertEquals(List.of(), siblings(dir));
  }

  @Test
  void twoRunsIntoOneFolder_oneRefuses_andTheFolderIsComplete() throws Exception {
    Path dir = folderWithPreviousSet();
    Process first = child(dir);
    awaitWhileAlive(first, () -> temporary(dir) != null, 60_000);
    CommandLineTest.Outcome second = execute(args(dir, "1"));
    assertTrue(first.waitFor(60, TimeUnit.SECONDS));

    assertEquals(0, first.exitValue());
    assertEquals(1, second.status(), second.err());
    assertTrue(second.err().contains("another run is writing " + dir + " (pid " + first.pid() + ")"),
        second.err());
    assertEquals(newSet, snapshot(dir));
    assertEquals(List.of(), siblings(dir));
  }

  @Test
  void stdoutOnAFullDisk_exitsOneWithOneLine() throws Exception {
    File full = new File("/dev/full");
    org.junit.jupiter.api.Assumptions.assumeTrue(full.exists(), "no /dev/full here");
    Process p = ChildJvm.java(Main.class.getName(), "validate", SHOP.toString())
        .redirectOutput(full).start();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(30, TimeUnit.SECONDS));
    assertEquals(1, p.exitValue(), err);
    assertEquals("backorder: error: could not write to standard output (disk full or output closed)\n", err);
  }

  @Test
  void nameTheLocaleCannotMap_getsAMessage() throws Exception {
    ProcessBuilder b = ChildJvm.java(Main.class.getName(), "validate", "caf\u00e9.yaml");
    b.environment().put("LANG", "C");
    b.environment().put("LC_ALL", "C");
    Process p = b.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(30, TimeUnit.SECONDS));
    assertEquals(2, p.exitValue(), err);
    org.junit.jupiter.api.Assumptions.assumeFalse(err.contains("file not found"),
        "this platform maps the name even in the C locale");
    assertTrue(err.contains("is not a usable file name: it has characters this system cannot put in a"
        + " file name"), err);
    assertTrue(!err.contains("InvalidPathException"), err);
  }
}
