package backorder.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

/**
 * Reads the scenario and its side files as UTF-8 text, refusing before any open that could block
 * what is not a regular file (a FIFO, a device, a socket, a directory), paths into the kernel's
 * virtual file systems and devices, and files over a size limit.
 */
final class TextFiles {

  static final long SCENARIO_MAX_BYTES = InputLimits.SCENARIO_MAX_BYTES;

  /** Real paths below these are never read: their files are not data and may block or never end. */
  static final List<Path> KERNEL_FOLDERS = List.of(Path.of("/proc"), Path.of("/sys"), Path.of("/dev"));

  private TextFiles() {}

  /** Why a file could not be read, as a message for the user. */
  static final class Unreadable extends Exception {
    private static final long serialVersionUID = 1L;

    Unreadable(String message) {
      super(message, null, false, false);
    }
  }

  /** The file's bytes, after {@link #regularFile} accepted it. */
  static byte[] bytes(Path file, long maxBytes) throws Unreadable {
    return read(file, regularFile(file), maxBytes);
  }

  /**
   * The real path of a regular file outside /proc, /sys and /dev, found without opening it (so a
   * FIFO never blocks); throws naming the path and what it is otherwise.
   */
  static Path regularFile(Path file) throws Unreadable {
    if (file.toString().isEmpty()) {
      throw new Unreadable("an empty file name (it would mean the current folder)");
    }
    Path real;
    BasicFileAttributes attributes;
    try {
      real = file.toRealPath();
      attributes = Files.readAttributes(real, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      throw new Unreadable("file not found: " + file);
    } catch (FileSystemLoopException e) {
      throw new Unreadable("cannot read " + file + ": too many levels of symbolic links");
    } catch (IOException | SecurityException e) {
      throw new Unreadable("cannot read " + file + ": " + e.getMessage());
    }
    if (!attributes.isRegularFile()) {
      throw new Unreadable(file + " is " + FileKind.of(real, attributes) + ", not a regular file");
    }
    for (Path kernel : KERNEL_FOLDERS) {
      if (real.startsWith(kernel)) {
        throw new Unreadable(file + (real.equals(file) ? "" : " (really " + real + ")") + " is in "
            + kernel + ", the kernel's virtual files and devices: not a scenario or data file");
      }
    }
    return real;
  }

  private static byte[] read(Path file, Path real, long maxBytes) throws Unreadable {
    try {
      long size = Files.size(real);
      if (size > maxBytes) {
        throw new Unreadable("the file is " + size + " bytes; at most " + maxBytes
            + " bytes (" + (maxBytes >> 20) + " MiB) are allowed"
            + (maxBytes == SCENARIO_MAX_BYTES ? " (put large portfolios in product_catalog)" : ""));
      }
      try (InputStream in = Files.newInputStream(real)) {
        byte[] data = in.readNBytes((int) maxBytes + 1);
        if (data.length > maxBytes) {
          throw new Unreadable("the file is larger than " + maxBytes + " bytes");
        }
        return data;
      }
    } catch (NoSuchFileException e) {
      throw new Unreadable("file not found: " + file);
    } catch (IOException | SecurityException e) {
      throw new Unreadable("cannot read " + file + ": " + e.getMessage());
    }
  }

  static String utf8(byte[] data) throws Unreadable {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(data))
          .toString();
    } catch (CharacterCodingException e) {
      throw new Unreadable("the file is not UTF-8 text");
    }
  }

  /**
   * A side file's bytes: a regular file outside the kernel's folders and, unless {@code access}
   * allows any folder, in the scenario's folder or below it after following symbolic links.
   */
  static byte[] sideFile(Path scenarioFile, Path file, SideFileAccess access, long maxBytes)
      throws Unreadable {
    Path real = regularFile(file);
    if (access == SideFileAccess.SCENARIO_FOLDER) {
      Path folder = scenarioFolder(scenarioFile);
      if (!real.startsWith(folder)) {
        throw new Unreadable(file + (real.equals(file) ? "" : " (really " + real + ")")
            + " lies outside the scenario's folder " + folder + ": side files must lie in it or"
            + " below it (give --allow-outside to read it anyway)");
      }
    }
    return read(file, real, maxBytes);
  }

  /** The real path of the folder holding the scenario (as written when it cannot be resolved). */
  private static Path scenarioFolder(Path scenarioFile) {
    Path folder = scenarioFile.toAbsolutePath().normalize().getParent();
    if (folder == null) {
      return Path.of("/");
    }
    try {
      return folder.toRealPath();
    } catch (IOException | SecurityException e) {
      return folder;
    }
  }

  /** Where a path written in the scenario points: relative paths are relative to its folder. */
  static Path resolve(Path scenarioFile, String written) {
    Path parent = scenarioFile.getParent();
    return parent == null ? Path.of(written) : parent.resolve(written);
  }
}
