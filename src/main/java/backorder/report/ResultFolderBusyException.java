package backorder.report;

import java.io.IOException;
import java.nio.file.Path;

/** Another run holds the lock of the results folder (it is writing there now): nothing was written. */
public final class ResultFolderBusyException extends IOException {

  private static final long serialVersionUID = 1L;

  ResultFolderBusyException(Path dir, String holder) {
    super("another run is writing " + dir + " (pid " + holder + "); wait for it to end or choose another"
        + " folder");
  }
}
