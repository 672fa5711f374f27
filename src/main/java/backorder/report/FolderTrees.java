package backorder.report;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;

/** Deletes and copies folder trees without following symbolic links. */
final class FolderTrees {

  private FolderTrees() {}

  /** Deletes the tree at {@code root} (a link is deleted, not followed); errors are ignored. */
  static void deleteQuietly(Path root) {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try {
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
          Files.deleteIfExists(file);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
          Files.deleteIfExists(file);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
          Files.deleteIfExists(dir);
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      // left for the next run's sweep
    }
  }

  /**
   * Copies the entries of folder {@code from} into the existing folder {@code to}, except the
   * top-level names in {@code skip}; each file goes through {@link WriteGuard}. A FIFO, socket or
   * device is refused before it is opened.
   */
  static void copyInto(Path from, Path to, Set<String> skip) throws IOException {
    Files.walkFileTree(from, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
        if (dir.equals(from)) {
          return FileVisitResult.CONTINUE;
        }
        if (skipped(dir)) {
          return FileVisitResult.SKIP_SUBTREE;
        }
        AtomicFiles.createDirectories(to.resolve(from.relativize(dir).toString()));
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        if (attrs.isOther() && !skipped(file)) {
          // copying opens it: a FIFO would block until something writes into it, a device never end
          throw new IOException(file + ": not a regular file, folder or link (a FIFO, socket or"
              + " device); the folder is copied whole, so move it away");
        }
        if (!skipped(file)) {
          java.util.concurrent.locks.Lock guard = WriteGuard.begin();
          try {
            Files.copy(file, to.resolve(from.relativize(file).toString()),
                StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
          } finally {
            guard.unlock();
          }
        }
        return FileVisitResult.CONTINUE;
      }

      private boolean skipped(Path p) {
        return p.getParent().equals(from) && skip.contains(p.getFileName().toString());
      }
    });
  }
}
