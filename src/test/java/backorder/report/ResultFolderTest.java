package backorder.report;

import static backorder.testing.ChildJvm.siblings;
import static backorder.testing.ChildJvm.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The results folder swap in one JVM: whole replacement, the lock, refusals, repair of a dead swap. */
class ResultFolderTest {

  @TempDir
  Path tmp;

  private Path previousSet(String name) throws IOException {
    Path dir = tmp.resolve(name);
    Files.createDirectories(dir.resolve("charts"));
    Files.writeString(dir.resolve("summary.json"), "{\"old\": true}\n");
    Files.writeString(dir.resolve("timeseries.csv"), "old\n");
    Files.write(dir.resolve("charts/fan.png"), new byte[] {1, 2, 3});
    return dir;
  }

  @Test
  void commit_replacesTheWholeSet_andLeavesNothingBeside() throws IOException {
    Path dir = previousSet("run");
    ResultFolder.write(dir, staging -> SlowResultWriter.writeFiles(staging, 2, 0, "new"));

    Path expected = tmp.resolve("expected");
    Files.createDirectories(expected);
    SlowResultWriter.writeFiles(expected, 2, 0, "new");
    assertEquals(snapshot(expected), snapshot(dir), "exactly the new set: no old chart, no old CSV");
    assertEquals(List.of(), siblings(dir));
  }

  @Test
  void closeWithoutCommit_leavesThePreviousSetIntact() throws IOException {
    Path dir = previousSet("run");
    Map<String, String> before = snapshot(dir);
    try (ResultFolder folder = ResultFolder.replace(dir)) {
      SlowResultWriter.writeFiles(folder.staging(), 3, 0, "new");
      assertTrue(Files.isDirectory(folder.staging()));
      assertEquals(dir.getParent(), folder.staging().getParent(), "a sibling: the same file system");
    }
    assertEquals(before, snapshot(dir));
    assertEquals(List.of(), siblings(dir));
  }

  @Test
  void failureMidWrite_diskFullOrOutOfMemory_leavesThePreviousSetIntact() throws IOException {
    Path dir = previousSet("run");
    Map<String, String> before = snapshot(dir);
    assertThrows(IOException.class, () -> ResultFolder.write(dir, staging -> {
      SlowResultWriter.writeFiles(staging, 2, 0, "new");
      throw new IOException("No space left on device");
    }));
    assertThrows(OutOfMemoryError.class, () -> ResultFolder.write(dir, staging -> {
      SlowResultWriter.writeFiles(staging, 2, 0, "new");
      throw new OutOfMemoryError("Java heap space");
    }));
    assertEquals(before, snapshot(dir));
    assertEquals(List.of(), siblings(dir));
  }

  @Test
  void firstRun_createsTheFolderAndItsParents() throws IOException {
    Path dir = tmp.resolve("a/b/run");
    ResultFolder.write(dir, staging -> SlowResultWriter.writeFiles(staging, 1, 0, "new"));
    assertTrue(Files.isRegularFile(dir.resolve("summary.json")));
    assertEquals(List.of(), siblings(dir));
  }

  @Test
  void secondFolderOnTheSameDir_isRefusedAtOnce() throws IOException {
    Path dir = previousSet("run");
    try (ResultFolder first = ResultFolder.replace(dir)) {
      ResultFolderBusyException e = assertThrows(ResultFolderBusyException.class,
          () -> ResultFolder.replace(dir));
      assertTrue(e.getMessage().contains("another run is writing " + dir + " (pid "
          + ProcessHandle.current().pid() + ")"), e.getMessage());
      assertTrue(Files.exists(first.staging()), "the refusal touched nothing of the first");
    }
    ResultFolder.replace(dir).close();   // free again
  }

  @Test
  void deadRunsLeftovers_areSwept_andAHalfDoneSwapIsPutBack() throws IOException {
    Path dir = previousSet("run");
    Map<String, String> before = snapshot(dir);
    // a run killed between its two renames: DIR moved aside, the new set not yet in place
    Files.move(dir, tmp.resolve(".run.old-999999-abc"));
    Files.createDirectories(tmp.resolve(".run.tmp-999999-def/charts"));
    Files.writeString(tmp.resolve(".run.tmp-999999-def/summary.json"), "half");
    Files.writeString(tmp.resolve(".run.lock"), "999999\n");
    Files.createDirectories(tmp.resolve(".run.tmp-1.tmp-2-x"));   // another folder's, kept

    ResultFolder.replace(dir).close();

    assertEquals(before, snapshot(dir), "the previous set is back");
    assertEquals(List.of(".run.tmp-1.tmp-2-x"), siblings(dir));
  }

  @Test
  void folderWithOtherFiles_isNeverReplaced() throws IOException {
    Path dir = previousSet("run");
    Files.writeString(dir.resolve("notes.txt"), "mine");
    IOException e = assertThrows(IOException.class, () -> ResultFolder.replace(dir));
    assertTrue(e.getMessage().contains("holds notes.txt, which is not a result file"), e.getMessage());

    Path plain = tmp.resolve("plain");
    Files.createDirectories(plain);
    Files.writeString(plain.resolve("data.csv"), "1,2\n");
    e = assertThrows(IOException.class, () -> ResultFolder.replace(plain));
    assertTrue(e.getMessage().contains("does not look like a results folder"), e.getMessage());
    assertEquals(List.of(), siblings(dir));
    assertEquals(List.of(), siblings(plain));
  }

  @Test
  void update_startsFromACopyWithoutTheRegeneratedEntries() throws IOException {
    Path dir = previousSet("run");
    Files.writeString(dir.resolve("notes.txt"), "kept");
    try (ResultFolder folder = ResultFolder.update(dir, Set.of("charts"))) {
      assertEquals(Set.of("summary.json", "timeseries.csv", "notes.txt"),
          Set.copyOf(snapshot(folder.staging()).keySet()));
      Files.writeString(folder.staging().resolve("report.html"), "<html>");
      folder.commit();
    }
    assertEquals(Set.of("summary.json", "timeseries.csv", "notes.txt", "report.html"),
        Set.copyOf(snapshot(dir).keySet()));
    assertEquals(List.of(), siblings(dir));
  }

  @Test
  void badTargets_sayWhatIsWrong() throws IOException {
    Path file = Files.writeString(tmp.resolve("file"), "x");
    assertMessage("is a file, not a folder", file.resolve("sub"));
    assertMessage("exists and is not a folder", file);
    assertMessage("empty folder name", Path.of(""));
    assertMessage("a folder name of 300 bytes", tmp.resolve("x".repeat(300)));
    Files.createSymbolicLink(tmp.resolve("loop"), tmp.resolve("loop"));
    assertMessage("symbolic links", tmp.resolve("loop"));
    Files.createSymbolicLink(tmp.resolve("dangling"), tmp.resolve("nowhere"));
    assertMessage("which does not exist", tmp.resolve("dangling").resolve("x"));
    assertMessage("is the current folder or holds it", Path.of("."));
    if (Files.isDirectory(Path.of("/dev/shm"))) {
      assertMessage("a mount point", Path.of("/dev/shm"));
    }
    assertFalse(Files.exists(tmp.resolve("nowhere")));
  }

  private static void assertMessage(String expected, Path dir) {
    IOException e = assertThrows(IOException.class, () -> ResultFolder.replace(dir).close());
    assertTrue(e.getMessage().contains(expected), e.getMessage());
  }

  @Test
  void longFolderNames_getShortenedSiblingNames() throws IOException {
    Path dir = tmp.resolve("n".repeat(250));
    try (ResultFolder folder = ResultFolder.replace(dir)) {
      assertTrue(folder.staging().getFileName().toString().length() <= 255);
      SlowResultWriter.writeFiles(folder.staging(), 1, 0, "new");
      folder.commit();
    }
    assertTrue(Files.isRegularFile(dir.resolve("summary.json")));
  }
}
