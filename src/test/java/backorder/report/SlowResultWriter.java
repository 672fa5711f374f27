package backorder.report;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A child process for the fault tests: {@code DIR FILES DELAY_MS TAG} writes FILES result files
 * into a {@link ResultFolder} one every DELAY_MS, then swaps them in as DIR.
 */
public final class SlowResultWriter {

  private SlowResultWriter() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int files = Integer.parseInt(args[1]);
    long delay = Long.parseLong(args[2]);
    String tag = args[3];
    ResultFolder.write(dir, staging -> writeFiles(staging, files, delay, tag));
  }

  /** The result set the child writes: summary.json, then part-1.csv, part-2.csv, ... */
  static void writeFiles(Path staging, int files, long delay, String tag) throws java.io.IOException {
    for (int i = 0; i < files; i++) {
      byte[] bytes = (tag + " row " + i + "\n").repeat(2000).getBytes(StandardCharsets.UTF_8);
      AtomicFiles.write(staging.resolve(i == 0 ? "summary.json" : "part-" + i + ".csv"), o -> o.write(bytes));
      try {
        Thread.sleep(delay);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new java.io.InterruptedIOException();
      }
    }
  }
}
