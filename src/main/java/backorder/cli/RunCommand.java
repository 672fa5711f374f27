package backorder.cli;

import backorder.experiment.ExperimentResult;
import backorder.experiment.RunPlan;
import backorder.report.ComparisonTable;
import backorder.report.CsvResults;
import backorder.report.SummaryJson;
import backorder.scenario.Scenario;
import backorder.scenario.ScenarioException;
import backorder.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code backorder run SCENARIO}: every policy over N replications, then the result files and report. */
@Command(name = "run", description = "Runs the scenario's policies and writes results to DIR.")
final class RunCommand implements Callable<Integer> {

  @Parameters(paramLabel = "SCENARIO.yaml")
  Path file;

  @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default reports/<name>).")
  Path out;

  @Option(names = "--replications", paramLabel = "N")
  Integer replications;

  @Option(names = "--seed", paramLabel = "S")
  Long seed;

  @Option(names = "--threads", paramLabel = "N", description = "Default: all cores.")
  Integer threads;

  @Option(names = "--policy", paramLabel = "NAME", description = "Run only these policies (repeatable).")
  List<String> policies = new ArrayList<>();

  @Option(names = "--quiet", description = "No progress bar and no table.")
  boolean quiet;

  @Option(names = "--no-report", description = "Write the result files only (no charts, no HTML).")
  boolean noReport;

  @Mixin
  SamplingOptions sampling;

  @Override
  public Integer call() throws Exception {
    PhaseClock loading = new PhaseClock();
    Scenario scenario;
    try {
      scenario = ScenarioLoader.load(file);
    } catch (ScenarioException e) {
      e.problems().forEach(System.err::println);
      return Main.INVALID_INPUT;
    }
    loading.lap("scenario");
    checkArguments(scenario);
    RunPlan plan = RunPlan.of(scenario, replications, seed, threads, policies);
    sampling.check(plan);
    Path dir = out != null ? out : Path.of("reports", scenario.name());
    if (java.nio.file.Files.exists(dir) && !java.nio.file.Files.isDirectory(dir)) {
      throw new InvalidInputException("--out: " + dir + " exists and is not a folder");
    }
    if (!noReport) {
      backorder.report.chart.ChartWarmup.startInBackground();
    }
    PhaseClock clock = new PhaseClock();
    SamplingOptions.Sampled sampled;
    try (Progress progress = Progress.start(plan.replications() * plan.policies().size(), quiet)) {
      sampled = sampling.run(plan, progress);
    }
    ExperimentResult result = sampled.result();
    clock.lap("simulation");
    SummaryJson.write(result, sampled.choices(), dir.resolve("summary.json"));
    CsvResults.writeAll(result, dir);
    clock.lap("result files");
    Path report = null;
    if (!noReport) {
      report = backorder.report.html.ReportBuilder.build(dir);
      clock.lap("report");
    }
    if (!quiet) {
      System.out.print(ComparisonTable.render(result, report));
      System.out.print(SamplingOptions.describe(sampled));
      System.out.printf(Locale.ROOT, "%d policies x %d replications, %,d events in %.2f s; results in %s%n",
          plan.policies().size(), result.plan().replications(), result.events(), result.seconds(), dir);
    }
    return Main.OK;
  }

  private void checkArguments(Scenario scenario) {
    RunArguments.check(scenario, replications, threads, policies);
  }
}
