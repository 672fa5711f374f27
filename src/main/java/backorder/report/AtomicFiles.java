package backorder.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a file through a temporary sibling and a rename, so readers never see half a file. */
public final class AtomicFiles {

  private AtomicFiles() {}

  /** Produces the file's content. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  public static void write(Path target, Content content) throws IOException {
    java.util.concurrent.locks.Lock guard = WriteGuard.begin();
    try {
      writeNow(target, content);
    } finally {
      guard.unlock();
    }
  }

  /** Creates a folder and its parents, unless the JVM is shutting down (see {@link ResultFolder}). */
  public static void createDirectories(Path dir) throws IOException {
    java.util.concurrent.locks.Lock guard = WriteGuard.begin();
    try {
      Files.createDirectories(dir);
    } finally {
      guard.unlock();
    }
  }

  /** A write error names the file it hit: a full disk's own message names none. */
  private static IOException naming(Path target, IOException e) {
    if (e instanceof FileSystemException f && f.getFile() != null) {
      return e;
    }
    FileSystemException named = new FileSystemException(target.toString(), null,
        e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName());
    named.initCause(e);
    return named;
  }

  private static void writeNow(Path target, Content content) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    // a sibling name unique to this process and thread; created with the usual permissions
    Path tmp = dir.resolve("." + target.getFileName() + "." + ProcessHandle.current().pid() + "."
        + Thread.currentThread().getId() + ".tmp");
    try {
      try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
        content.writeTo(out);
      } catch (IOException e) {
        throw naming(target, e);
      }
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
