package backorder.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file is written whole or not at all, and a failed write says which file it was. */
class AtomicFilesTest {

  @TempDir
  Path tmp;

  @Test
  void aWriteErrorWithoutAPath_namesTheFile_andLeavesNothingBehind() throws IOException {
    Path target = tmp.resolve("summary.json");
    IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
      out.write(new byte[100_000]);
      throw new IOException("No space left on device"); // what a full disk says
    }));
    assertEquals(target + ": No space left on device", FileErrors.describe(e));
    try (Stream<Path> left = Files.list(tmp)) {
      assertEquals(0, left.count());
    }
  }

  @Test
  void aCompleteWrite_replacesTheFileByRename() throws IOException {
    Path target = tmp.resolve("summary.csv");
    Files.writeString(target, "old");
    AtomicFiles.write(target, out -> out.write("new".getBytes()));
    assertEquals("new", Files.readString(target));
    try (Stream<Path> left = Files.list(tmp)) {
      assertFalse(left.anyMatch(p -> p.getFileName().toString().endsWith(".tmp")));
    }
  }
}
