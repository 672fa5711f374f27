package backorder.cli;

import backorder.report.MatrixCsv;
import backorder.report.OptimumFiles;
import backorder.report.ResultFolder;
import backorder.report.SweepCsv;
import backorder.report.VisibleText;
import backorder.report.html.ReportBuilder;
import backorder.report.results.ResultFiles;
import backorder.report.results.RunResults;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code backorder report DIR}: redraws charts and report.html from the result files, without
 * rerunning, into a temporary copy of DIR swapped in once complete (malformed result files: exit 2).
 */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "Redraws charts and report.html from a run's result files.")
final class ReportCommand implements Callable<Integer> {

  @Parameters(paramLabel = "DIR", description = "A folder written by `backorder run`.")
  Path dir;

  @Override
  public Integer call() throws Exception {
    if (dir.toString().isEmpty()) {
      throw new InvalidInputException("an empty folder name (give . for the current folder)");
    }
    if (!Files.isRegularFile(dir.resolve("summary.json"))) {
      throw new InvalidInputException(dir + ": no summary.json here (run `backorder run` first)"
          + writtenByAnotherCommand(dir));
    }
    try (ResultFolder folder = OutputFolder.update(dir,
        Set.of(ReportBuilder.CHARTS_DIR, ReportBuilder.REPORT_HTML), "report")) {
      RunResults results;
      try {
        results = ResultFiles.read(dir);   // DIR itself: the lock keeps other runs out meanwhile
      } catch (IOException e) {
        throw new InvalidInputException(OutputFolder.reason(e));
      }
      ReportBuilder.build(results, folder.staging());
      folder.commit();
    }
    System.out.println("wrote " + VisibleText.of(dir.resolve(ReportBuilder.REPORT_HTML).toString()));
    return Main.OK;
  }

  /**
   * What to do instead when DIR is a sweep's, an optimization's or a matrix's folder: a sweep's or matrix's
   * report draws on the command's own arguments, which its result files do not hold, so only it writes one.
   */
  private static String writtenByAnotherCommand(Path dir) {
    String[][] files = {
        {SweepCsv.FILE, "`backorder sweep` wrote with its own report.html: run that command again without"
            + " --no-report to draw it"},
        {MatrixCsv.FILE, "`backorder run --matrix` wrote with its own report.html: run that command again"
            + " without --no-report to draw it"},
        {OptimumFiles.OPTIMUM_JSON, "`backorder optimize` wrote; it draws no report (its results are optimum.json and"
            + " trace.csv)"}};
    for (String[] f : files) {
      if (Files.isRegularFile(dir.resolve(f[0]))) {
        return "; it holds " + f[0] + ", which " + f[1];
      }
    }
    return "";
  }
}
