package backorder.scenario;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the loader reads side files (traces, catalogues) from: the disk, the disk while keeping
 * the bytes it read (to ship a scenario elsewhere), or bytes shipped with the scenario.
 */
interface SideFiles {

  /**
   * The file's text; {@code file} is the path as resolved against the scenario's folder, and a
   * file over {@code maxBytes} is refused.
   */
  String text(Path file, long maxBytes) throws TextFiles.Unreadable;

  /** Reads from the disk, each file checked by {@link TextFiles#sideFile}. */
  static SideFiles disk(Path scenarioFile, SideFileAccess access) {
    return (file, maxBytes) ->
        TextFiles.utf8(TextFiles.sideFile(scenarioFile, file, access, maxBytes));
  }

  /** Reads as {@code inner} does and adds each file read to {@code read} (paths only, no bytes kept). */
  static SideFiles listing(SideFiles inner, List<Path> read) {
    return (file, maxBytes) -> {
      String text = inner.text(file, maxBytes);
      read.add(file);
      return text;
    };
  }

  /** Reads from the disk and keeps every file's bytes, keyed by the resolved path. */
  final class Recording implements SideFiles {
    private final Map<String, byte[]> read = new LinkedHashMap<>();
    private final Path scenarioFile;
    private final SideFileAccess access;

    Recording(Path scenarioFile, SideFileAccess access) {
      this.scenarioFile = scenarioFile;
      this.access = access;
    }

    @Override
    public String text(Path file, long maxBytes) throws TextFiles.Unreadable {
      byte[] bytes = TextFiles.sideFile(scenarioFile, file, access, maxBytes);
      read.put(file.toString(), bytes);
      return TextFiles.utf8(bytes);
    }

    Map<String, byte[]> read() {
      return read;
    }
  }

  /** Side files shipped as bytes: nothing is read from the disk where the scenario is rebuilt. */
  static SideFiles shipped(Map<String, byte[]> files) {
    return (file, maxBytes) -> {
      byte[] bytes = files.get(file.toString());
      if (bytes == null) {
        throw new TextFiles.Unreadable("not shipped with the scenario: " + file);
      }
      return TextFiles.utf8(bytes);
    };
  }
}
