package backorder.cli;

import backorder.experiment.Experiment;
import backorder.experiment.ExperimentResult;
import backorder.experiment.RobustnessMatrix;
import backorder.experiment.RunEstimate;
import backorder.experiment.RunPlan;
import backorder.metric.Metric;
import backorder.policy.PolicySpec;
import backorder.report.MatrixCsv;
import backorder.report.SummaryJson;
import backorder.report.VisibleText;
import backorder.report.html.MatrixReport;
import backorder.report.ResultFolder;
import backorder.report.html.MatrixReportBuilder;
import backorder.report.results.MatrixManifest;
import backorder.report.results.MatrixTable;
import backorder.scenario.Scenario;
import backorder.scenario.ScenarioException;
import backorder.scenario.ScenarioLoader;
import backorder.scenario.ScenarioSource;
import backorder.scenario.SideFileAccess;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code backorder run A.yaml B.yaml ... --matrix}: every scenario with the policies they all
 * name, then matrix.csv and a report ranking those policies by worst-case regret. A scenario that
 * shares no policy name with any other given one is left out (said on stderr); the objectives may
 * differ between scenarios only within one unit, since regrets are compared across them.
 */
final class MatrixRun {

  /** The run command's options that apply to a matrix. */
  record Options(Path out, Integer replications, Long seed, int threads, List<String> policies, boolean quiet,
      boolean noReport, SideFileAccess access, boolean force) {}

  private final Options options;
  private final List<String> notes = new ArrayList<>();
  /** Every scenario file given and every side file they read: the output folder must hold none. */
  private final List<Path> inputFiles = new ArrayList<>();

  private MatrixRun(Options options) {
    this.options = options;
  }

  static int run(List<Path> files, Options options) throws IOException, InterruptedException {
    return new MatrixRun(options).run(files);
  }

  private int run(List<Path> files) throws IOException, InterruptedException {
    if (files.size() < 2) {
      throw new InvalidInputException("--matrix: give at least two scenarios, got " + files.size());
    }
    List<Scenario> scenarios = load(files);
    if (scenarios == null) {
      return Main.INVALID_INPUT;
    }
    scenarios = shared(scenarios);
    List<String> policies = common(scenarios);
    checkObjectives(scenarios);
    List<RunPlan> plans = scenarios.stream().map(s -> RunPlan.of(s, options.replications(), options.seed(),
        options.threads(), policies)).toList();
    double events = checkSize(plans);
    Path dir = OutputFolder.choose(options.out(), "matrix");
    if (!options.quiet()) {
      notes.forEach(n -> System.err.println("backorder: note: " + n));
    }
    long start = System.nanoTime();
    List<ExperimentResult> results;
    MatrixManifest manifest;
    String reportProblem;
    // the whole result set goes to a temporary folder beside DIR, swapped in once complete
    try (ResultFolder folder = OutputFolder.replace(dir,
        options.out() != null ? "--out" : "output folder", inputFiles)) {
      results = simulate(plans, events);
      manifest = manifest(results);
      reportProblem = write(RobustnessMatrix.of(results, policies), manifest, folder);
      folder.commit(); // matrix.csv is kept even when the report could not be drawn
    }
    if (!options.quiet()) {
      System.out.print(MatrixReport.summary(MatrixTable.read(dir.resolve(MatrixCsv.FILE)), manifest));
      long fired = results.stream().mapToLong(ExperimentResult::events).sum();
      System.out.printf(Locale.ROOT, "%d scenarios x %d policies, %,d events in %.2f s; results in %s%n",
          scenarios.size(), policies.size(), fired, (System.nanoTime() - start) / 1e9, VisibleText.of(dir.toString()));
    }
    if (reportProblem != null) {
      System.err.println(ReportAttempt.problemLine(reportProblem, VisibleText.of(dir.toString()), false));
      return Main.FAILED;
    }
    return Main.OK;
  }

  /** Every file loaded, or null after printing every problem of every file. */
  private List<Scenario> load(List<Path> files) {
    List<Scenario> out = new ArrayList<>();
    boolean ok = true;
    for (Path f : files) {
      try {
        ScenarioSource.Loaded loaded = ScenarioLoader.loadWithInputs(f, List.of(), options.access());
        out.add(loaded.scenario());
        inputFiles.addAll(loaded.inputFiles());
      } catch (ScenarioException e) {
        ProblemLines.print(e.problems(), System.err);
        ok = false;
      }
    }
    if (!ok) {
      return null;
    }
    Set<String> names = new LinkedHashSet<>();
    for (int i = 0; i < out.size(); i++) {
      if (!names.add(out.get(i).name())) {
        throw new InvalidInputException("--matrix: two scenarios are named '" + out.get(i).name() + "' (the second is "
            + files.get(i) + "); the matrix names its rows by scenario name");
      }
    }
    return out;
  }

  /** Leaves out the scenarios none of whose policy names another scenario has. */
  private List<Scenario> shared(List<Scenario> all) {
    List<Scenario> kept = new ArrayList<>();
    for (Scenario s : all) {
      List<String> own = names(s);
      boolean shares = all.stream().anyMatch(o -> o != s && names(o).stream().anyMatch(own::contains));
      if (shares) {
        kept.add(s);
      } else {
        notes.add(s.name() + " (" + s.file() + ") left out: none of its policies (" + String.join(", ", own)
            + ") appears in another scenario");
      }
    }
    if (kept.size() < 2) {
      throw new InvalidInputException("--matrix: fewer than two scenarios share a policy name; "
          + describe(all));
    }
    return kept;
  }

  /** The names all scenarios have, in the first one's order; --policy narrows them. */
  private List<String> common(List<Scenario> scenarios) {
    List<String> common = new ArrayList<>(names(scenarios.get(0)));
    scenarios.forEach(s -> common.retainAll(names(s)));
    if (common.isEmpty()) {
      throw new InvalidInputException("--matrix: no policy name is common to all scenarios; " + describe(scenarios));
    }
    for (String p : options.policies()) {
      if (!common.contains(p)) {
        throw new InvalidInputException("--policy: '" + p + "' is not a policy of every scenario (common: "
            + String.join(", ", common) + ")");
      }
    }
    return options.policies().isEmpty() ? common : common.stream().filter(options.policies()::contains).toList();
  }

  /** Regrets are compared across scenarios: their objective metrics must share a unit. */
  private void checkObjectives(List<Scenario> scenarios) {
    Set<String> units = new LinkedHashSet<>();
    Map<String, List<String>> byMetric = new LinkedHashMap<>();
    for (Scenario s : scenarios) {
      Metric m = Metric.byKey(s.objective().metric()).orElseThrow();
      units.add(m.unit());
      byMetric.computeIfAbsent(m.key() + " (" + m.unit() + ")", k -> new ArrayList<>()).add(s.name());
    }
    List<String> groups = byMetric.entrySet().stream()
        .map(e -> e.getKey() + ": " + String.join(", ", e.getValue())).toList();
    if (units.size() > 1) {
      throw new InvalidInputException("--matrix: the scenarios' objectives are in different units, so their regrets"
          + " cannot be compared (" + String.join("; ", groups) + "); give them objectives in one unit");
    }
    if (byMetric.size() > 1) {
      notes.add("the scenarios' objectives differ (" + String.join("; ", groups) + "): each regret is on its"
          + " scenario's own objective, all in one unit");
    }
  }

  /** The estimated events of every scenario's run, summed; refused above the limit (without --force). */
  private double checkSize(List<RunPlan> plans) {
    double events = plans.stream().mapToDouble(RunEstimate::events).sum();
    int policies = plans.get(0).policies().size();
    List<String> each = plans.stream()
        .map(p -> p.scenario().name() + " " + RunSize.count(RunEstimate.events(p))).toList();
    RunSize.check("--matrix", events, plans.size() + " scenarios, " + policies
        + (policies == 1 ? " policy" : " policies") + " each: " + String.join(", ", each), options.force());
    return events;
  }

  private List<ExperimentResult> simulate(List<RunPlan> plans, double events)
      throws InterruptedException {
    long total = plans.stream().mapToLong(p -> (long) p.replications() * p.policies().size()).sum();
    List<ExperimentResult> results = new ArrayList<>();
    try (StageProgress progress = StageProgress.start("matrix", total, plans.size(), "scenarios", events,
        options.quiet())) {
      long before = 0;
      for (RunPlan plan : plans) {
        long offset = before;
        results.add(Experiment.run(plan, n -> progress.replicationsDone(offset + n)));
        before += (long) plan.replications() * plan.policies().size();
        progress.unitDone();
      }
    }
    return results;
  }

  /** All the matrix's files: matrix.csv, then the report drawn from it; returns why the report is missing, or null. */
  private String write(RobustnessMatrix matrix, MatrixManifest manifest, ResultFolder folder) throws IOException {
    Path dir = folder.staging();
    MatrixCsv.write(matrix, dir.resolve(MatrixCsv.FILE));
    return options.noReport() ? null : ReportAttempt.draw(folder, () -> MatrixReportBuilder.build(dir, manifest));
  }

  /** Each scenario as it ran (replications and seed after the overrides), with the notes. */
  private MatrixManifest manifest(List<ExperimentResult> results) {
    List<MatrixManifest.ScenarioInfo> infos = results.stream().map(r -> r.plan().scenario())
        .map(s -> new MatrixManifest.ScenarioInfo(s.name(), s.description(), s.file().toString(), s.sha256(),
            s.objective(), s.replications(), s.seed(), s.horizonDays(), s.warmupDays())).toList();
    return new MatrixManifest(infos, notes, SummaryJson.ENGINE_VERSION);
  }

  private static List<String> names(Scenario s) {
    return s.policies().stream().map(PolicySpec::name).toList();
  }

  private static String describe(List<Scenario> scenarios) {
    return "policies: " + String.join("; ", scenarios.stream().map(s -> s.name() + ": " + String.join(", ", names(s)))
        .toList());
  }
}
