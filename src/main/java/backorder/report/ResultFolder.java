package backorder.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.Set;

/**
 * A results folder replaced as a whole: a command writes its complete result set into a hidden
 * temporary folder beside DIR and {@link #commit}s it, so DIR holds the previous results intact or
 * the complete new ones, never a mix.
 *
 * <pre>{@code
 * ResultFolder.write(dir, staging -> writeEverything(staging));   // the one-line form
 * }</pre>
 *
 * <p>Opening takes the lock {@code .DIR.lock} beside DIR ({@code FileChannel.tryLock}): a second
 * command into the same DIR fails at once with {@link ResultFolderBusyException}. With the lock
 * held, folders a dead run left ({@code .DIR.tmp-*}, {@code .DIR.old-*}) are swept. The commit
 * renames DIR to {@code .DIR.old-*}, renames the temporary folder to DIR and deletes the old one;
 * between the two renames (two system calls) DIR is absent, and a reader then finds no folder,
 * never a partial one; a run killed exactly there leaves the previous DIR as {@code .DIR.old-*},
 * which the next command into DIR puts back. A shutdown (SIGTERM, SIGINT) before the commit
 * deletes the temporary folder; SIGKILL leaves it to the next command's sweep.
 *
 * <p>DIR's parent must be writable and DIR not a mount point; a folder holding files no command
 * writes (anything but JSON, CSV, HTML, PNG, SVG files and folders of them, with one of
 * {@link #ANCHORS}) is refused rather than replaced, since the old DIR is deleted after the swap.
 */
public final class ResultFolder implements AutoCloseable {

  /** The files that mark a folder a command of this tool wrote (one of them must be present). */
  public static final Set<String> ANCHORS =
      Set.of("summary.json", "report.html", "sweep.csv", "optimum.json", "matrix.csv");


  /** Writes a complete result set into the temporary folder it is given. */
  @FunctionalInterface
  public interface Content {
    void writeInto(Path staging) throws IOException;
  }

  private enum State { OPEN, COMMITTED, ABANDONED }

  private final Path dir;
  private final Path staging;
  private final SiblingNames names;
  private final FolderLock lock;
  private State state = State.OPEN;

  private ResultFolder(Path dir, Path staging, SiblingNames names, FolderLock lock) {
    this.dir = dir;
    this.staging = staging;
    this.names = names;
    this.lock = lock;
  }

  /** Writes the result set through {@code content} and swaps it in as DIR. */
  public static void write(Path dir, Content content) throws IOException {
    try (ResultFolder folder = replace(dir)) {
      content.writeInto(folder.staging());
      folder.commit();
    }
  }

  /** Locks DIR and opens an empty temporary folder for a new result set (DIR may not exist yet). */
  public static ResultFolder replace(Path dir) throws IOException {
    return open(dir, null);
  }

  /**
   * Locks the existing folder DIR and opens a temporary copy of it without the top-level entries
   * in {@code regenerated}, for a command that rewrites some of its files ({@code report DIR}).
   */
  public static ResultFolder update(Path dir, Set<String> regenerated) throws IOException {
    return open(dir, regenerated);
  }

  private static ResultFolder open(Path given, Set<String> copyExcept) throws IOException {
    Path dir = SwapChecks.target(given, copyExcept == null);
    SiblingNames names = new SiblingNames(dir);
    FolderLock lock;
    try {
      lock = FolderLock.acquire(names.lock(), given);
    } catch (ResultFolderBusyException e) {
      throw e;
    } catch (IOException e) {
      throw new IOException(given + ": cannot write beside it in " + dir.getParent() + " ("
          + FileErrors.describe(e) + ")", e);
    }
    ResultFolder folder = null;
    try {
      names.sweep(dir);
      if (copyExcept == null) {
        SwapChecks.checkReplaceable(given, dir);
      } else if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
        throw new IOException(given + ": not a folder");
      }
      Path staging = names.newTemporary();
      folder = new ResultFolder(dir, staging, names, lock);
      WriteGuard.watch(folder);
      AtomicFiles.createDirectories(staging);
      if (copyExcept != null) {
        FolderTrees.copyInto(dir, staging, copyExcept);
      }
      return folder;
    } catch (IOException | RuntimeException e) {
      if (folder != null) {
        folder.close();
      } else {
        lock.release();
      }
      throw e;
    }
  }


  /** The folder to write the new result set into. */
  public Path staging() {
    return staging;
  }

  /** Deletes the top-level entry {@code name} (a file or a folder tree) from the temporary folder, if there. */
  public void discard(String name) {
    FolderTrees.deleteQuietly(staging.resolve(name));
  }

  /** DIR: absolute, where the results will be once committed. */
  public Path dir() {
    return dir;
  }

  /** Swaps the temporary folder in as DIR (see the class comment for the window in between). */
  public synchronized void commit() throws IOException {
    if (state != State.OPEN) {
      throw new IOException(dir + ": not written (the run is stopping)");
    }
    Path aside = null;
    if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
      copyPermissions(dir, staging);
      aside = names.newAside();
      SiblingNames.move(dir, aside);
    }
    try {
      SiblingNames.move(staging, dir);
    } catch (IOException | RuntimeException e) {
      if (aside != null) {
        SiblingNames.move(aside, dir);
      }
      throw e;
    }
    state = State.COMMITTED;
    if (aside != null) {
      FolderTrees.deleteQuietly(aside);
    }
  }

  private static void copyPermissions(Path from, Path to) {
    try {
      PosixFileAttributes attrs = Files.readAttributes(from, PosixFileAttributes.class);
      Files.getFileAttributeView(to, PosixFileAttributeView.class).setPermissions(attrs.permissions());
    } catch (IOException | UnsupportedOperationException e) {
      // the new folder keeps the default permissions
    }
  }

  /** Deletes the temporary folder (unless committed) and releases the lock. */
  @Override
  public void close() {
    abandon();
    WriteGuard.forget(this);
  }

  /** Deletes the temporary folder unless committed, then releases the lock; also run on shutdown. */
  synchronized void abandon() {
    if (state == State.OPEN) {
      state = State.ABANDONED;
      FolderTrees.deleteQuietly(staging);
    }
    lock.release();
  }
}
