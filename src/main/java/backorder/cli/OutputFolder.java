package backorder.cli;

import backorder.report.FileErrors;
import backorder.report.ResultFolder;
import backorder.report.ResultFolderBusyException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
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

  /**
   * Locks {@code dir} and opens an empty temporary folder for a new result set; refused when
   * {@code dir} holds one of {@code inputs} (the scenario files and the side files they read),
   * which replacing the folder would delete.
   */
  static ResultFolder replace(Path dir, String label, List<Path> inputs)
      throws ResultFolderBusyException {
    ResultFolder folder;
    try {
      folder = ResultFolder.replace(dir);
    } catch (ResultFolderBusyException e) {
      throw e;
    } catch (IOException e) {
      throw new InvalidInputException(label + ": " + reason(e));
    }
    try {
      refuseHoldingInputs(dir, label, inputs); // after the folder's own checks, whose reasons come first
      return folder;
    } catch (InvalidInputException e) {
      folder.close(); // not committed: the temporary folder is deleted, DIR left as it was
      throw e;
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

  /**
   * A scenario saved as JSON (YAML's subset), or a catalogue or trace CSV, inside a results folder
   * looks like a result file, so the check that a folder holds only results lets it through: name
   * it here instead.
   */
  private static void refuseHoldingInputs(Path dir, String label, List<Path> inputs) {
    Path real;
    try {
      real = dir.toRealPath();
    } catch (IOException | SecurityException e) {
      return; // not there yet (or unreadable: ResultFolder says why)
    }
    for (Path input : inputs) {
      try {
        if (input.toRealPath().startsWith(real)) {
          throw new InvalidInputException(label + ": " + dir + " holds " + input + ", a file this command"
              + " reads; the folder is replaced as a whole, which would delete it, so choose another folder");
        }
      } catch (IOException | SecurityException e) {
        // the file was read a moment ago; if it cannot be resolved now, nothing more is known
      }
    }
  }

  /** The path and what is wrong with it. */
  static String reason(IOException e) {
    return FileErrors.describe(e);
  }
}
