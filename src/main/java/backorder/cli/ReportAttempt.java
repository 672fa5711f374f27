package backorder.cli;

import backorder.report.ResultFolder;
import backorder.report.html.ReportBuilder;
import java.io.IOException;
import java.util.Locale;

/**
 * Draws a command's report into its result folder before the commit, and keeps the result files when
 * the report cannot be drawn: an hour of simulation is not thrown away because report.html would not
 * fit the Java heap (a 1,000,000-day horizon's timeseries.csv is 1.5 GB). The partial charts and
 * report.html are removed; the caller commits, then says why with {@link #problemLine}, exit 1.
 */
final class ReportAttempt {

  /** Writes the report into the folder's temporary copy. */
  @FunctionalInterface
  interface Drawing {
    void draw() throws IOException;
  }

  private ReportAttempt() {}

  /** Null when the report was drawn; otherwise why not, with the report's partial files removed. */
  static String draw(ResultFolder folder, Drawing drawing) {
    try {
      drawing.draw();
      return null;
    } catch (OutOfMemoryError e) {
      discardReport(folder);
      long mb = Runtime.getRuntime().maxMemory() >> 20;
      return String.format(Locale.ROOT, "out of memory drawing the report (the Java heap is %d MB)", mb);
    } catch (IOException | RuntimeException e) {
      discardReport(folder);
      return "the report could not be drawn: " + (e.getMessage() == null ? e.getClass().getSimpleName()
          : e.getMessage());
    }
  }

  /** The line printed after the commit when {@link #draw} returned {@code problem}; {@code shownDir} as printed. */
  static String problemLine(String problem, String shownDir, boolean redrawable) {
    long gb = OutOfMemory.suggestedHeapGb(Runtime.getRuntime().maxMemory());
    return "backorder: error: " + problem + "; the result files are in " + shownDir + " without it"
        + (redrawable ? String.format(Locale.ROOT, " (draw it with more heap: BACKORDER_JAVA_OPTS=-Xmx%dg"
            + " ./backorder report %s)", gb, shownDir) : "");
  }

  private static void discardReport(ResultFolder folder) {
    folder.discard(ReportBuilder.CHARTS_DIR);
    folder.discard(ReportBuilder.REPORT_HTML);
  }
}
