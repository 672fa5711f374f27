package backorder.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code backorder report DIR}: redraws charts and report.html from the result files, without rerunning. */
@Command(name = "report", description = "Redraws charts and report.html from a run's result files.")
final class ReportCommand implements Callable<Integer> {

  @Parameters(paramLabel = "DIR")
  Path dir;

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(dir.resolve("summary.json"))) {
      throw new InvalidInputException(dir + ": no summary.json here (run `backorder run` first)");
    }
    Path html = backorder.report.html.ReportBuilder.build(dir);
    System.out.println("wrote " + html);
    return Main.OK;
  }
}
