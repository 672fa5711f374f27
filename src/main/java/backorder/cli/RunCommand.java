package backorder.cli;

import backorder.experiment.ExperimentResult;
import backorder.experiment.RunEstimate;
import backorder.experiment.RunPlan;
import backorder.experiment.Runner;
import backorder.report.ComparisonTable;
import backorder.report.CsvResults;
import backorder.report.ResultFolder;
import backorder.report.SummaryJson;
import backorder.report.VisibleText;
import backorder.scenario.Scenario;
import backorder.scenario.ScenarioException;
import backorder.scenario.ScenarioLoader;
import backorder.scenario.ScenarioSource;
import backorder.spark.SparkRunner;
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
@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "Runs the scenario's policies and writes results to DIR.")
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

  @Option(names = "--replications", paramLabel = "N",
      description = "Replications per policy, 1 to 1000000 (default: the scenario's replications, else 30).")
  Integer replications;

  @Option(names = "--seed", paramLabel = "S",
      description = "Root random seed; the same seed gives the same numbers (default: the scenario's seed, else 1).")
  Long seed;

  @Option(names = "--threads", paramLabel = "N", description = "Default: all cores; at most 256.")
  Integer threads;

  @Option(names = "--policy", paramLabel = "NAME", description = "Run only these policies (repeatable).")
  List<String> policies = new ArrayList<>();

  @Option(names = "--quiet", description = "No progress bar and no table.")
  boolean quiet;

  @Option(names = "--no-report", description = "Write the result files only (no charts, no HTML).")
  boolean noReport;

  @Mixin
  SparkOption spark;

  @Mixin
  SizeLimitOption sizeLimit;

  @Mixin
  SamplingOptions sampling;

  @Mixin
  SideFileOption sideFiles;

  @Override
  public Integer call() throws Exception {
    if (matrix || !moreFiles.isEmpty()) {
      return runMatrix();
    }
    if (!spark.used()) {
      backorder.experiment.EngineWarmup.startInBackground(); // while the scenario loads
    }
    PhaseClock loading = new PhaseClock();
    ScenarioSource.Loaded loaded;
    try {
      loaded = load();
    } catch (ScenarioException e) {
      ProblemLines.print(e.problems(), System.err);
      return Main.INVALID_INPUT;
    }
    Scenario scenario = loaded.scenario();
    loading.lap("scenario");
    checkArguments(scenario);
    RunPlan plan = RunPlan.of(scenario, replications, seed, threads, policies);
    sampling.check(plan);
    double events = checkSize(plan);
    Path dir = OutputFolder.choose(out, scenario.name());
    SamplingOptions.Sampled sampled;
    String reportProblem;
    Runner runner = startRunner(loaded);
    // the whole result set goes to a temporary folder beside DIR, swapped in once complete
    try (ResultFolder folder = OutputFolder.replace(dir, out != null ? "--out" : "output folder",
        loaded.inputFiles())) {
      sampled = simulate(plan, runner, events);
      reportProblem = writeResults(sampled, runner.name(), folder);
      folder.commit(); // with the result files even when the report could not be drawn
    } finally {
      if (runner instanceof AutoCloseable started) {
        started.close(); // Spark's context
      }
    }
    ExperimentResult result = sampled.result();
    boolean drawn = !noReport && reportProblem == null;
    Path report = drawn ? dir.resolve(backorder.report.html.ReportBuilder.REPORT_HTML) : null;
    if (!quiet) {
      System.out.print(ComparisonTable.render(result, report));
      System.out.print(SamplingOptions.describe(sampled));
      System.out.printf(Locale.ROOT, "%d policies x %d replications, %,d events in %.2f s; results in %s%n",
          plan.policies().size(), result.plan().replications(), result.events(), result.seconds(),
          VisibleText.of(dir.toString()));
    }
    if (reportProblem != null) {
      System.err.println(ReportAttempt.problemLine(reportProblem, VisibleText.of(dir.toString()), true));
      return Main.FAILED;
    }
    return Main.OK;
  }

  /** Several scenarios: the robustness matrix (sampling options do not apply: each scenario runs as written). */
  private int runMatrix() throws Exception {
    if (!matrix) {
      throw new InvalidInputException("run: several scenarios need --matrix (got " + (1 + moreFiles.size()) + ")");
    }
    if (spark.used()) {
      throw new InvalidInputException("--matrix: --spark does not apply (the matrix runs in this JVM)");
    }
    if (sampling.warmup != null || sampling.targetHalfwidth != null || sampling.maxReplications != null) {
      throw new InvalidInputException("--matrix: --warmup, --target-halfwidth and --max-replications do not apply"
          + " (each scenario runs with its own warm-up and the --replications given)");
    }
    RunArguments.checkCounts(replications, threads);
    List<Path> files = new ArrayList<>(List.of(file));
    files.addAll(moreFiles);
    return MatrixRun.run(files, new MatrixRun.Options(out, replications, seed,
        threads != null ? threads : Runtime.getRuntime().availableProcessors(), policies, quiet, noReport,
        sideFiles.access(), sizeLimit.force));
  }

  /** The estimated events of the run (every replication the options may run); refused above the limit. */
  private double checkSize(RunPlan plan) {
    double perReplication = RunEstimate.perReplication(plan.scenario());
    long reps = sampling.replicationsAtMost(plan);
    double events = perReplication * reps;
    int policies = plan.policies().size();
    RunSize.check("run", events, RunSize.breakdown(policies, reps, perReplication / policies),
        sizeLimit.force);
    return events;
  }

  private SamplingOptions.Sampled simulate(RunPlan plan, Runner runner, double events)
      throws InterruptedException {
    if (!noReport) {
      backorder.report.chart.ChartWarmup.startInBackground();
    }
    PhaseClock clock = new PhaseClock();
    SamplingOptions.Sampled sampled;
    try (Progress progress = Progress.start(plan.replications() * plan.policies().size(), events, quiet)) {
      sampled = sampling.run(plan, runner, progress);
    }
    clock.lap("simulation");
    return sampled;
  }

  /** Writes the result files and, unless --no-report, the report; returns why the report is missing, or null. */
  private String writeResults(SamplingOptions.Sampled sampled, String runner, ResultFolder folder)
      throws java.io.IOException {
    Path staging = folder.staging();
    PhaseClock clock = new PhaseClock();
    SummaryJson.write(sampled.result(), sampled.choices(), runner, staging.resolve("summary.json"));
    CsvResults.writeAll(sampled.result(), staging);
    clock.lap("result files");
    if (noReport) {
      return null;
    }
    String problem = ReportAttempt.draw(folder, () -> backorder.report.html.ReportBuilder.build(staging));
    clock.lap("report");
    return problem;
  }

  /** The scenario; with --spark also the bytes the executors rebuild it from. */
  private ScenarioSource.Loaded load() throws ScenarioException {
    if (!spark.used()) {
      return ScenarioLoader.loadWithInputs(file, List.of(), sideFiles.access());
    }
    // before a large portfolio is read: bad options (exit 2), then a missing Spark (exit 1)
    spark.requireUsable(threads, replications);
    return ScenarioLoader.loadWithSource(file, List.of(), sideFiles.access());
  }

  /** This JVM's threads, or Spark on the --spark master (started here, stopped after the run). */
  private Runner startRunner(ScenarioSource.Loaded loaded) {
    return spark.used() ? SparkRunner.start(spark.master, loaded) : Runner.local();
  }

  private void checkArguments(Scenario scenario) {
    RunArguments.check(scenario, replications, threads, policies);
  }
}
