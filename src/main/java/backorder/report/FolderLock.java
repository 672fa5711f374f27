package backorder.report;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An exclusive {@link FileChannel#tryLock} on a lock file beside a results folder, holding the
 * holder's pid; the holder deletes the file before releasing it, so none is left behind.
 *
 * <p>Because the file is deleted on release, a process may lock a file that was unlinked just
 * after it opened it; it then finds the path pointing at another file (or none) and tries again.
 * POSIX drops all of a process's locks on a file when any descriptor of it closes, so the holder
 * never opens the file a second time and locks taken in this JVM are tracked in {@link #HELD}.
 */
final class FolderLock {

  private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();
  private static final int ATTEMPTS = 20;

  private final Path file;
  private final FileChannel channel;
  private final FileLock lock;
  private boolean released;

  private FolderLock(Path file, FileChannel channel, FileLock lock) {
    this.file = file;
    this.channel = channel;
    this.lock = lock;
  }

  /** Takes the lock at once or throws {@link ResultFolderBusyException} naming {@code shown}. */
  static FolderLock acquire(Path file, Path shown) throws IOException {
    if (!HELD.add(file)) {
      throw new ResultFolderBusyException(shown, Long.toString(ProcessHandle.current().pid()));
    }
    try {
      for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
        FolderLock taken = tryOnce(file, shown);
        if (taken != null) {
          return taken;
        }
      }
      throw new IOException(file + ": could not take the lock (the file keeps being replaced)");
    } catch (IOException | RuntimeException e) {
      HELD.remove(file);
      throw e;
    }
  }

  /** The lock, or null when the locked file is no longer the one at the path (try again). */
  private static FolderLock tryOnce(Path file, Path shown) throws IOException {
    Object before = key(file);
    FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
        StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
    if (lock == null) {
      channel.close();
      throw new ResultFolderBusyException(shown, holder(file));
    }
    Object after = key(file);
    // a file created by this open cannot be told from one unlinked and recreated meanwhile: the
    // next attempt opens it as an existing file and compares its identity before and after
    if (before == null || !before.equals(after)) {
      lock.release();
      channel.close();
      return null;
    }
    byte[] pid = (ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII);
    channel.truncate(0);
    channel.write(ByteBuffer.wrap(pid), 0);
    return new FolderLock(file, channel, lock);
  }

  /** The file's identity (device and inode) by path, without opening it; null when absent. */
  private static Object key(Path file) throws IOException {
    try {
      return Objects.requireNonNull(Files.readAttributes(file, BasicFileAttributes.class,
          LinkOption.NOFOLLOW_LINKS).fileKey(), "file key");
    } catch (NoSuchFileException e) {
      return null;
    }
  }

  private static String holder(Path file) {
    try {
      String text = Files.readString(file, StandardCharsets.US_ASCII).strip();
      return text.matches("\\d{1,19}") ? text : "unknown";
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  /** Deletes the lock file, then releases the lock; safe to call twice. */
  synchronized void release() {
    if (released) {
      return;
    }
    released = true;
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // an unlocked lock file left behind is harmless: the next run takes it
    }
    try {
      lock.release();
      channel.close();
    } catch (IOException e) {
      // closing the channel drops the lock in any case
    }
    HELD.remove(file);
  }
}
