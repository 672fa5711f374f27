package backorder.report;

import static backorder.testing.ChildJvm.awaitWhileAlive;
import static backorder.testing.ChildJvm.siblings;
import static backorder.testing.ChildJvm.snapshot;
import static backorder.testing.ChildJvm.temporary;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backorder.testing.ChildJvm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A child JVM writing a result set slowly into a folder that holds a previous one, killed (SIGKILL,
 * SIGTERM) mid-write: the folder holds the previous set byte for byte, and no temporary folder
 * survives a SIGTERM or the next run after a SIGKILL.
 */
class ResultFolderFaultTest {

  private static final int FILES = 6;
  private static final long DELAY_MS = 150;

  @TempDir
  Path tmp;

  private Path dir;
  private Map<String, String> previous;

  @BeforeEach
  void previousSet() throws IOException {
    dir = tmp.resolve("run");
    ResultFolder.write(dir, staging -> {
      SlowResultWriter.writeFiles(staging, 3, 0, "old");
      Files.createDirectories(staging.resolve("charts"));
      Files.write(staging.resolve("charts/fan.png"), new byte[] {1, 2, 3});
    });
    previous = snapshot(dir);
  }

  private Process slowWriter() throws IOException {
    return ChildJvm.java(SlowResultWriter.class.getName(), dir.toString(), Integer.toString(FILES),
        Long.toString(DELAY_MS), "new").redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
  }

  /** Waits until the child has written {@code files} files into its temporary folder. */
  private static void awaitFiles(Process p, Path dir, int files) throws InterruptedException {
    assertTrue(awaitWhileAlive(p, () -> {
      Path staging = temporary(dir);
      try {
        return staging != null && snapshot(staging).size() >= files;
      } catch (IOException | java.io.UncheckedIOException e) {
        return false;   // the folder or a file in it went away while being listed
      }
    }, 30_000), "the child wrote into a temporary folder");
  }

  @Test
  void sigkill_midWrite_leavesThePreviousSet_andTheNextRunSweepsTheRest() throws Exception {
    Process p = slowWriter();
    awaitFiles(p, dir, 2);
    p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);

    assertEquals(previous, snapshot(dir), "the previous set, byte for byte");
    assertTrue(siblings(dir).stream().anyMatch(n -> n.contains(".tmp-")), "SIGKILL leaves the temporary folder");
    ResultFolder.replace(dir).close();   // the next run
    assertEquals(List.of(), siblings(dir));
    assertEquals(previous, snapshot(dir));
  }

  @Test
  void sigterm_midWrite_leavesThePreviousSet_andNoTemporaryFolder() throws Exception {
    Process p = slowWriter();
    awaitFiles(p, dir, 3);
    p.destroy();
    assertTrue(p.waitFor(10, TimeUnit.SECONDS));

    assertEquals(143, p.exitValue(), "ended by SIGTERM");
    assertEquals(previous, snapshot(dir), "the previous set, byte for byte");
    assertEquals(List.of(), siblings(dir), "no temporary folder, no lock file");
  }

  @Test
  void secondWriter_isRefusedWhileTheFirstWrites_thenTheFirstsSetIsComplete() throws Exception {
    Process p = slowWriter();
    awaitFiles(p, dir, 1);
    ResultFolderBusyException e = assertThrows(ResultFolderBusyException.class,
        () -> ResultFolder.replace(dir));
    assertTrue(e.getMessage().contains("(pid " + p.pid() + ")"), e.getMessage());
    assertEquals(previous, snapshot(dir), "the refused run touched nothing");
    assertTrue(p.waitFor(30, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue());

    Path expected = tmp.resolve("expected");
    Files.createDirectories(expected);
    SlowResultWriter.writeFiles(expected, FILES, 0, "new");
    Map<String, String> complete = snapshot(expected);
    assertNotEquals(previous, complete);
    assertEquals(complete, snapshot(dir), "exactly the new set");
    assertEquals(List.of(), siblings(dir));
  }
}
