package backorder.cli;

import backorder.experiment.RunPlan;
import backorder.experiment.Sweep;
import backorder.experiment.SweepGrid;
import backorder.experiment.SweepResult;
import backorder.report.SummaryJson;
import backorder.report.ResultFolder;
import backorder.report.SweepCsv;
import backorder.report.VisibleText;
import backorder.report.html.SweepReport;
import backorder.report.html.SweepReportBuilder;
import backorder.metric.Objective;
import backorder.report.results.SweepManifest;
import backorder.report.results.SweepTable;
import backorder.scenario.Scenario;
import backorder.scenario.ScenarioException;
import backorder.scenario.ScenarioSource;
import backorder.spark.SparkRunner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code backorder sweep SCENARIO --vary PATH=...}: the scenario over a grid of settings, then sweep.csv and the report. */
@Command(name = "sweep", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "Runs the scenario over a grid of settings on common random numbers"
    + " and writes sweep.csv, a trade-off chart and report.html to DIR.")
final class SweepCommand implements Callable<Integer> {

  @Parameters(paramLabel = "SCENARIO.yaml")
  Path file;

  @Mixin
  SideFileOption sideFiles;

  @Option(names = "--vary", paramLabel = "PATH=FROM:TO:STEP|PATH=V1,V2,...", required = true,
      description = "A scenario value to vary, e.g. 'policies[safety-stock].reorder_point=100:300:20'"
          + " (repeatable: the grid is every combination).")
  List<String> varies = new ArrayList<>();

  @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default reports/<name>-sweep).")
  Path out;

  @Option(names = "--replications", paramLabel = "N", description = "Per grid point and policy.")
  Integer replications;

  @Option(names = "--seed", paramLabel = "S", description = "The same at every grid point.")
  Long seed;

  @Option(names = "--threads", paramLabel = "N", description = "Default: all cores; at most 256.")
  Integer threads;

  @Option(names = "--policy", paramLabel = "NAME", description = "Run only these policies (repeatable; default:"
      + " the policies the --vary paths address when all address policies, else all).")
  List<String> policies = new ArrayList<>();

  @Option(names = "--quiet", description = "No progress bar and no summary.")
  boolean quiet;

  @Option(names = "--no-report", description = "Write sweep.csv only (no chart, no HTML).")
  boolean noReport;

  @Mixin
  SparkOption spark;

  @Mixin
  SizeLimitOption sizeLimit;

  /** Points a Spark sweep runs at once: one keeps the cluster busy while the other finishes. */
  static final int SPARK_POINTS_AT_ONCE = 2;

  @Override
  public Integer call() throws Exception {
    ScenarioSource.Loaded loaded;
    try {
      spark.requireUsable(threads, replications); // before a large portfolio is read
      loaded = scenarioFile().loadWithInputs();
    } catch (ScenarioException e) {
      ProblemLines.print(e.problems(), System.err);
      return Main.INVALID_INPUT;
    }
    Scenario base = loaded.scenario();
    checkArguments(base);
    SweepGrid grid = SweepInputs.grid(varies);
    List<String> chosen = SweepInputs.policies(grid, base, policies);
    SweepInputs inputs = SweepInputs.check(scenarioFile(), base, grid);
    if (!inputs.problems().isEmpty()) {
      // each line is already one printable line (SweepInputs)
      inputs.problems().forEach(line -> System.err.println("backorder: " + line));
      return Main.INVALID_INPUT;
    }
    if (!quiet) {
      inputs.notes().forEach(note -> System.err.println("backorder: note: " + note));
    }
    int pointThreads = spark.used() ? SPARK_POINTS_AT_ONCE
        : threads != null ? threads : Runtime.getRuntime().availableProcessors();
    Sweep.Settings settings = new Sweep.Settings(replications, seed, pointThreads, chosen);
    RunPlan plan = settings.plan(base, 1);
    double events = inputs.eventsPerReplication(chosen) * plan.replications();
    RunSize.check("sweep", events, grid.size() + " points x " + RunSize.breakdown(plan.policies().size(),
        plan.replications(), events / grid.size() / plan.replications() / plan.policies().size()),
        sizeLimit.force);
    Path dir = OutputFolder.choose(out, base.name() + "-sweep");
    if (!noReport) {
      backorder.report.chart.ChartWarmup.startInBackground();
    }
    long total = (long) grid.size() * plan.policies().size() * plan.replications();
    SweepResult result;
    String reportProblem;
    Objective objective = objectiveOf(base);
    // the whole result set goes to a temporary folder beside DIR, swapped in once complete
    List<Path> read = new ArrayList<>(loaded.inputFiles());
    read.addAll(inputs.inputFiles()); // a trace only a --vary value names is read too
    try (ResultFolder folder = OutputFolder.replace(dir, out != null ? "--out" : "output folder", read)) {
      try (SweepProgress progress = SweepProgress.start(total, grid.size(), events, quiet)) {
        result = runPoints(grid, settings, progress);
      }
      SweepCsv.write(result, folder.staging().resolve(SweepCsv.FILE));
      reportProblem = noReport ? null : ReportAttempt.draw(folder,
          () -> SweepReportBuilder.build(folder.staging(), manifest(base, plan, objective, inputs.notes())));
      folder.commit(); // sweep.csv is kept even when the report could not be drawn
    }
    if (!quiet) {
      System.out.print(SweepReport.summary(SweepTable.read(dir.resolve(SweepCsv.FILE)), objective));
      System.out.printf(Locale.ROOT, "%d points x %d policies x %d replications, %,d events in %.2f s; results in %s%n",
          grid.size(), plan.policies().size(), plan.replications(), result.events(), result.seconds(),
          VisibleText.of(dir.toString()));
    }
    if (reportProblem != null) {
      System.err.println(ReportAttempt.problemLine(reportProblem, VisibleText.of(dir.toString()), false));
      return Main.FAILED;
    }
    return Main.OK;
  }

  /** The grid's points in this JVM, or on Spark, each point's scenario shipped with its overrides. */
  private SweepResult runPoints(SweepGrid grid, Sweep.Settings settings, Sweep.Listener listener)
      throws ScenarioException, InterruptedException {
    if (!spark.used()) {
      return Sweep.run(grid, point -> scenarioFile().load(grid.overrides(point)), settings,
          listener);
    }
    // a point's source, from the loading of its scenario until its runner takes it
    Map<Scenario, ScenarioSource.Loaded> sources =
        Collections.synchronizedMap(new IdentityHashMap<>());
    try (SparkRunner session = SparkRunner.start(spark.master, scenarioFile().loadWithSource(List.of()))) {
      return Sweep.run(grid, point -> {
        ScenarioSource.Loaded loaded = scenarioFile().loadWithSource(grid.overrides(point));
        sources.put(loaded.scenario(), loaded);
        return loaded.scenario();
      }, (point, scenario) -> session.forScenario(sources.remove(scenario)), settings, listener);
    }
  }

  /** The scenario's objective, constraints included (SPEC §5). */
  static Objective objectiveOf(Scenario s) {
    return s.objective();
  }

  private SweepManifest manifest(Scenario base, RunPlan plan, Objective objective, List<String> notes) {
    return new SweepManifest(base.name(), base.description(), file.toString(), base.sha256(), base.horizonDays(),
        base.warmupDays(), plan.replications(), plan.seed(), objective, varies, notes, SummaryJson.ENGINE_VERSION);
  }

  private void checkArguments(Scenario scenario) {
    RunArguments.check(scenario, replications, threads, policies);
  }

  private ScenarioFile scenarioFile() {
    return new ScenarioFile(file, sideFiles.access());
  }
}
