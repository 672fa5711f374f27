package backorder.scenario;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/** Names what a path that is not a regular file is (a FIFO, a device...), from its attributes alone. */
final class FileKind {

  private static final int TYPE_BITS = 0170000;
  private static final int FIFO = 0010000;
  private static final int CHARACTER_DEVICE = 0020000;
  private static final int BLOCK_DEVICE = 0060000;
  private static final int SOCKET = 0140000;

  private FileKind() {}

  /** "a directory", "a FIFO (named pipe)", "a character device", ... with its article. */
  static String of(Path real, BasicFileAttributes attributes) {
    if (attributes.isDirectory()) {
      return "a directory";
    }
    Integer mode = unixMode(real);
    if (mode == null) {
      return "a special file";
    }
    return switch (mode & TYPE_BITS) {
      case FIFO -> "a FIFO (named pipe)";
      case CHARACTER_DEVICE -> "a character device";
      case BLOCK_DEVICE -> "a block device";
      case SOCKET -> "a socket";
      default -> "a special file";
    };
  }

  /** The file's st_mode where the platform exposes it (Linux, macOS), else null. */
  private static Integer unixMode(Path real) {
    try {
      return (Integer) Files.getAttribute(real, "unix:mode");
    } catch (UnsupportedOperationException | IllegalArgumentException | java.io.IOException
        | SecurityException | ClassCastException e) {
      return null;
    }
  }
}
