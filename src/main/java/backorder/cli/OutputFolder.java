package backorder.cli;

import backorder.report.FileErrors;
import backorder.report.ResultFolder;
import backorder.report.ResultFolderBusyException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;

/**
 * A command's results folder: picks the default, opens the {@link ResultFolder} and turns every
 * problem with the path into invalid input (exit 2) that names the path and the reason; another
 * run writing the same folder stays an error (exit 1).
 */
final class OutputFolder {

  private OutputFolder() {}

  /** {@code out}, or {@code reports/<defaultName>} when it is null. */
  static Path choose(Path out, String defaultName) {
    if (out != null) {
      return out;
    }
    int bytes = defaultName.getBytes(StandardCharsets.UTF_8).length;
    if (bytes > 255) {
      throw new InvalidInputException("the scenario name is " + bytes + " bytes long, too long for the"
          + " default output folder reports/<name> (a folder name may have at most 255 bytes):"
          + " shorten the scenario's name or give --out DIR");
    }
    return Path.of("reports", defaultName);
  }

  /** Locks {@code dir} and opens an empty temporary folder for a new result set. */
  static ResultFolder replace(Path dir, String label) throws ResultFolderBusyException {
    try {
      return ResultFolder.replace(dir);
    } catch (ResultFolderBusyException e) {
      throw e;
    } catch (IOException e) {
      throw new InvalidInputException(label + ": " + reason(e));
    }
  }

  /** Locks the existing {@code dir} and opens a temporary copy without {@code regenerated}. */
  static ResultFolder update(Path dir, Set<String> regenerated, String label)
      throws ResultFolderBusyException {
    try {
      return ResultFolder.update(dir, regenerated);
    } catch (ResultFolderBusyException e) {
      throw e;
    } catch (IOException e) {
      throw new InvalidInputException(label + ": " + reason(e));
    }
  }

  /** The path and what is wrong with it. */
  static String reason(IOException e) {
    return FileErrors.describe(e);
  }
}
