package backorder.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

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

  private static final Pattern RESULT_FILE = Pattern.compile("[^.].*\\.(json|csv|html|png|svg)");
  private static final Pattern WRITE_LEFTOVER = Pattern.compile("\\..*\\.tmp");
  private static final int MAX_DEPTH = 3;

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
    Path dir = target(given, copyExcept == null);
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
        checkReplaceable(given, dir);
      } else if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
        throw new IOException(given + ": not a folder");
      }
      Path staging = names.newTemporary();
      folder = new ResultFolder(dir, staging, names, lock);
      WriteGuard.watch(folder);
      WriteGuard.write(() -> Files.createDirectory(staging));
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

  /**
   * DIR made absolute with a symbolic link at DIR resolved, after the checks that keep a swap
   * from doing harm; its parent folders are created.
   */
  private static Path target(Path given, boolean create) throws IOException {
    if (given.toString().isEmpty()) {
      throw new IOException("an empty folder name (it would mean the current folder)");
    }
    for (Path part : given) {
      int bytes = part.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
      if (bytes > SiblingNames.MAX_NAME_BYTES) {
        throw new IOException(given + ": a folder name of " + bytes + " bytes; at most "
            + SiblingNames.MAX_NAME_BYTES + " are allowed");
      }
    }
    Path dir = given.toAbsolutePath().normalize();
    if (Files.isSymbolicLink(dir)) {
      dir = followLink(dir);
    }
    Path parent = dir.getParent();
    if (parent == null || dir.getFileName() == null) {
      throw new IOException(given + ": the root folder cannot hold results");
    }
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new IOException(given + ": exists and is not a folder");
    }
    checkAncestors(given, dir);
    if (create) {
      Files.createDirectories(parent);
    }
    return dir;
  }

  /**
   * A file or a broken symbolic link among DIR's ancestors, or DIR holding the working folder (it
   * would be moved away).
   */
  private static void checkAncestors(Path given, Path dir) throws IOException {
    for (Path p = dir.getParent(); p != null; p = p.getParent()) {
      if (Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
        if (Files.isSymbolicLink(p)) {
          followLink(p);
        }
        if (!Files.isDirectory(p)) {
          throw new IOException(p + ": is a file, not a folder");
        }
        break;
      }
    }
    if (Files.isDirectory(dir) && !sameFileSystem(dir, dir.getParent())) {
      throw new IOException(given + ": a mount point (another file system than its parent folder);"
          + " results are swapped in by renaming, so choose a folder inside it");
    }
    if (Files.isDirectory(dir)) {
      Path cwd = Path.of("").toAbsolutePath();
      if (cwd.toRealPath().startsWith(dir.toRealPath())) {
        throw new IOException(given + ": is the current folder or holds it; the folder is replaced"
            + " as a whole, so name it from outside (e.g. from its parent folder)");
      }
    }
  }

  private static boolean sameFileSystem(Path a, Path b) {
    try {
      return Files.getAttribute(a, "unix:dev").equals(Files.getAttribute(b, "unix:dev"));
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return true;   // cannot tell: the rename will say
    }
  }

  /** Where a symbolic link leads, or why it leads nowhere (a loop, a missing target). */
  private static Path followLink(Path link) throws IOException {
    try {
      return link.toRealPath();
    } catch (java.nio.file.NoSuchFileException e) {
      throw new IOException(link + ": a symbolic link to " + Files.readSymbolicLink(link)
          + ", which does not exist", e);
    }
  }

  /** Refuses to replace (and so delete) a folder holding anything a command would not have written. */
  private static void checkReplaceable(Path given, Path dir) throws IOException {
    if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    boolean[] anchored = {false};
    Path foreign = foreign(dir, 0, anchored);
    if (foreign != null) {
      throw new IOException(given + ": holds " + dir.relativize(foreign) + ", which is not a result"
          + " file; the folder is replaced as a whole, so move it away or choose another folder");
    }
    try (Stream<Path> entries = Files.list(dir)) {
      if (!anchored[0] && entries.findAny().isPresent()) {
        throw new IOException(given + ": is not empty and does not look like a results folder (no"
            + " summary.json or report.html); choose an empty or new folder");
      }
    }
  }

  /** The first entry under {@code folder} that is not a result file, or null. */
  private static Path foreign(Path folder, int depth, boolean[] anchored) throws IOException {
    try (Stream<Path> entries = Files.list(folder)) {
      for (Path p : (Iterable<Path>) entries.sorted()::iterator) {
        String name = p.getFileName().toString();
        if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
            && (RESULT_FILE.matcher(name).matches() || WRITE_LEFTOVER.matcher(name).matches())) {
          anchored[0] |= depth == 0 && ANCHORS.contains(name);
          continue;
        }
        boolean dirOfResults = depth < MAX_DEPTH && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS);
        Path inside = dirOfResults ? foreign(p, depth + 1, anchored) : p;
        if (inside != null) {
          return inside;
        }
      }
    }
    return null;
  }

  /** The folder to write the new result set into. */
  public Path staging() {
    return staging;
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
