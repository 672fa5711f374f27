package backorder.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads the scenario and its side files as UTF-8 text, refusing files over a size limit. */
final class TextFiles {

  /** SPEC §1: a scenario file is at most 4 MiB. */
  static final long SCENARIO_MAX_BYTES = 4L * 1024 * 1024;

  /** Trace and catalogue CSV files may be larger: portfolios of thousands of products. */
  static final long SIDE_FILE_MAX_BYTES = 64L * 1024 * 1024;

  private TextFiles() {}

  /** Why a file could not be read, as a message for the user. */
  static final class Unreadable extends Exception {
    private static final long serialVersionUID = 1L;

    Unreadable(String message) {
      super(message, null, false, false);
    }
  }

  static byte[] bytes(Path file, long maxBytes) throws Unreadable {
    try {
      if (Files.isDirectory(file)) {
        throw new Unreadable("is a directory, not a file: " + file);
      }
      long size = Files.size(file);
      if (size > maxBytes) {
        throw new Unreadable("the file is " + size + " bytes; at most " + maxBytes
            + " bytes (" + (maxBytes >> 20) + " MiB) are allowed"
            + (maxBytes == SCENARIO_MAX_BYTES ? " (put large portfolios in product_catalog)" : ""));
      }
      try (InputStream in = Files.newInputStream(file)) {
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

  /** Reads a side file (trace, catalogue) as text. */
  static String text(Path file) throws Unreadable {
    return utf8(bytes(file, SIDE_FILE_MAX_BYTES));
  }

  /** Where a path written in the scenario points: relative paths are relative to its folder. */
  static Path resolve(Path scenarioFile, String written) {
    Path parent = scenarioFile.getParent();
    return parent == null ? Path.of(written) : parent.resolve(written);
  }
}
