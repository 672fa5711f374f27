package backorder.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The checks that keep a {@link ResultFolder} swap from doing harm, each failure naming the path and the reason. */
final class SwapChecks {

  private static final Pattern RESULT_FILE = Pattern.compile("[^.].*\\.(json|csv|html|png|svg)");
  private static final Pattern WRITE_LEFTOVER = Pattern.compile("\\..*\\.tmp");
  private static final int MAX_DEPTH = 3;

  private SwapChecks() {}

  /**
   * DIR made absolute with a symbolic link at DIR resolved, after the checks that keep a swap
   * from doing harm; its parent folders are created.
   */
  static Path target(Path given, boolean create) throws IOException {
    if (given.toString().isEmpty()) {
      throw new IOException("an empty folder name (it would mean the current folder)");
    }
    for (Path part : given) {
      int bytes = part.toString().getBytes(StandardCharsets.UTF_8).length;
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
  static void checkReplaceable(Path given, Path dir) throws IOException {
    if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    boolean[] anchored = {false};
    Path foreign = foreign(dir, 0, anchored);
    if (foreign != null) {
      throw new IOException(given + ": holds " + dir.relativize(foreign) + ", which is not a result"
          + " file; the folder is replaced as a whole, so move it away or choose another folder");
    }
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      if (!anchored[0] && entries.iterator().hasNext()) {
        throw new IOException(given + ": is not empty and does not look like a results folder (no"
            + " summary.json or report.html); choose an empty or new folder");
      }
    }
  }

  /** The first entry under {@code folder} that is not a result file, or null. */
  private static Path foreign(Path folder, int depth, boolean[] anchored) throws IOException {
    List<Path> entries = new ArrayList<>();
    try (DirectoryStream<Path> listing = Files.newDirectoryStream(folder)) {
      for (Path p : listing) {
        entries.add(p);
      }
    }
    Collections.sort(entries);
    for (Path p : entries) {
      String name = p.getFileName().toString();
      if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
          && (RESULT_FILE.matcher(name).matches() || WRITE_LEFTOVER.matcher(name).matches())) {
        anchored[0] |= depth == 0 && ResultFolder.ANCHORS.contains(name);
        continue;
      }
      boolean dirOfResults = depth < MAX_DEPTH && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS);
      Path inside = dirOfResults ? foreign(p, depth + 1, anchored) : p;
      if (inside != null) {
        return inside;
      }
    }
    return null;
  }
}
