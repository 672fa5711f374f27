package backorder.cli;

import backorder.experiment.ExperimentResult;
import backorder.experiment.RunPlan;
import backorder.policy.PolicySpec;
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

  @Parameters(index = "0", paramLabel = "SCENARIO.yaml")
  Path file;

  @Parameters(index = "1..*", paramLabel = "MORE.yaml", description = "With --matrix: the other scenarios.")
  List<Path> moreFiles = new ArrayList<>();

  @Option(names = "--matrix", description = "Run every scenario given and rank the policies they all name by"
      + " worst-case regret: matrix.csv and report.html in DIR (default reports/matrix).")
  boolean matrix;

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
    if (matrix || !moreFiles.isEmpty()) {
      return runMatrix();
    }
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

  /** Several scenarios: the robustness matrix (sampling options do not apply: each scenario runs as written). */
  private int runMatrix() throws Exception {
    if (!matrix) {
      throw new InvalidInputException("run: several scenarios need --matrix (got " + (1 + moreFiles.size()) + ")");
    }
    if (sampling.warmup != null || sampling.targetHalfwidth != null || sampling.maxReplications != null) {
      throw new InvalidInputException("--matrix: --warmup, --target-halfwidth and --max-replications do not apply"
          + " (each scenario runs with its own warm-up and the --replications given)");
    }
    if (replications != null && (replications < 1 || replications > 1_000_000)) {
      throw new InvalidInputException("--replications: must be between 1 and 1000000, got " + replications);
    }
    if (threads != null && threads < 1) {
      throw new InvalidInputException("--threads: must be >= 1, got " + threads);
    }
    List<Path> files = new ArrayList<>(List.of(file));
    files.addAll(moreFiles);
    return MatrixRun.run(files, new MatrixRun.Options(out, replications, seed,
        threads != null ? threads : Runtime.getRuntime().availableProcessors(), policies, quiet, noReport));
  }

  private void checkArguments(Scenario scenario) {
    if (replications != null && (replications < 1 || replications > 1_000_000)) {
      throw new InvalidInputException("--replications: must be between 1 and 1000000, got " + replications);
    }
    if (threads != null && threads < 1) {
      throw new InvalidInputException("--threads: must be >= 1, got " + threads);
    }
    List<String> known = scenario.policies().stream().map(PolicySpec::name).toList();
    for (String name : policies) {
      if (!known.contains(name)) {
        throw new InvalidInputException("--policy: unknown policy '" + name + "' (expected one of: "
            + String.join(", ", known) + ")");
      }
    }
  }
}
