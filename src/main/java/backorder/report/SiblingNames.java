package backorder.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * The hidden names beside a results folder DIR: {@code .DIR.lock}, the temporary folder
 * {@code .DIR.tmp-<pid>-<random>} a run writes into and {@code .DIR.old-<pid>-<random>}, the
 * previous DIR while the new one is renamed into place; and the sweep of those a dead run left.
 */
final class SiblingNames {

  /** The longest file name most file systems accept, in bytes. */
  static final int MAX_NAME_BYTES = 255;
  /** Room kept for the dot and the longest suffix, {@code .old-<19 digits>-<13 base-36 digits>}. */
  private static final int SUFFIX_BYTES = 40;

  private final Path parent;
  private final String stem;
  private final Pattern leftover;

  SiblingNames(Path dir) {
    this.parent = dir.getParent();
    this.stem = stem(dir.getFileName().toString());
    this.leftover = Pattern.compile(Pattern.quote("." + stem) + "\\.(tmp|old)-\\d+-[0-9a-z]+");
  }

  /** The folder's name, or for a name too long to take a suffix, a prefix and a hash of it. */
  private static String stem(String name) {
    byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
    if (bytes.length + SUFFIX_BYTES <= MAX_NAME_BYTES) {
      return name;
    }
    StringBuilder b = new StringBuilder();
    int used = 0;
    for (int i = 0; i < name.length(); i = name.offsetByCodePoints(i, 1)) {
      String c = new String(Character.toChars(name.codePointAt(i)));
      used += c.getBytes(StandardCharsets.UTF_8).length;
      if (used > MAX_NAME_BYTES - SUFFIX_BYTES - 9) {
        break;
      }
      b.append(c);
    }
    return b.append('~').append(String.format(Locale.ROOT, "%08x", name.hashCode())).toString();
  }

  Path lock() {
    return parent.resolve("." + stem + ".lock");
  }

  Path newTemporary() {
    return parent.resolve("." + stem + ".tmp-" + unique());
  }

  Path newAside() {
    return parent.resolve("." + stem + ".old-" + unique());
  }

  private static String unique() {
    return ProcessHandle.current().pid() + "-"
        + Long.toString(ThreadLocalRandom.current().nextLong() >>> 1, 36);
  }

  /**
   * With the lock held (so no live run owns any of them): puts back a previous DIR a run died
   * while swapping (DIR absent, {@code .DIR.old-*} present), then deletes every temporary and
   * aside folder left for DIR.
   */
  void sweep(Path dir) throws IOException {
    List<Path> temporary = new ArrayList<>();
    List<Path> aside = new ArrayList<>();
    String tmp = "." + stem + ".tmp-";
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(parent)) {
      for (Path p : entries) {
        String name = p.getFileName().toString();
        if (leftover.matcher(name).matches()) {
          (name.startsWith(tmp) ? temporary : aside).add(p);
        }
      }
    }
    if (!aside.isEmpty() && !Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
      move(aside.remove(0), dir);
    }
    for (Path p : temporary) {
      FolderTrees.deleteQuietly(p);
    }
    for (Path p : aside) {
      FolderTrees.deleteQuietly(p);
    }
  }

  /** Renames a folder in one step (same parent, so the same file system). */
  static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }
}
