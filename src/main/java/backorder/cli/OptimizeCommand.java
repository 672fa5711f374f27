package backorder.cli;

import backorder.experiment.optimize.Evaluation;
import backorder.experiment.optimize.Evaluator;
import backorder.experiment.optimize.Goal;
import backorder.experiment.optimize.OptimumResult;
import backorder.experiment.optimize.Optimizer;
import backorder.experiment.optimize.SearchSpace;
import backorder.metric.Constraint;
import backorder.metric.Metric;
import backorder.metric.Objective;
import backorder.policy.PolicySpec;
import backorder.report.OptimumFiles;
import backorder.report.ResultFolder;
import backorder.scenario.Scenario;
import backorder.scenario.ScenarioException;
import backorder.scenario.ScenarioSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code backorder optimize SCENARIO --policy NAME --param PATH=MIN:MAX...}: search, select, confirm; optimum.json and trace.csv. */
@Command(name = "optimize", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "Searches a policy's settings on common random numbers for the best"
    + " objective under the constraints, confirms the best on fresh replications, and writes optimum.json and"
    + " trace.csv to DIR.")
final class OptimizeCommand implements Callable<Integer> {

  /** Search evaluations when --budget is not given. */
  static final int DEFAULT_BUDGET = 40;

  @Parameters(paramLabel = "SCENARIO.yaml")
  Path file;

  @Mixin
  SideFileOption sideFiles;

  @Option(names = "--policy", paramLabel = "NAME", required = true, description = "The policy whose settings to search.")
  String policy;

  @Option(names = "--param", paramLabel = "PATH=MIN:MAX", required = true,
      description = "A scenario value to search, e.g. 'policies[base-stock].reorder_point=10:60' (repeatable).")
  List<String> params = new ArrayList<>();

  @Option(names = "--objective", paramLabel = "METRIC", description = "Default: the scenario's objective.")
  String objective;

  @Option(names = "--minimize", description = "Lower is better (default: the metric's own direction).")
  boolean minimize;

  @Option(names = "--maximize", description = "Higher is better.")
  boolean maximize;

  @Option(names = "--constraint", paramLabel = "EXPR",
      description = "E.g. \"fill_rate >= 0.95\" (repeatable; replaces the scenario's constraints).")
  List<String> constraints = new ArrayList<>();

  @Option(names = "--budget", paramLabel = "EVALUATIONS", description = "Search evaluations at most (default "
      + DEFAULT_BUDGET + ").")
  Integer budget;

  @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default reports/<name>-optimum).")
  Path out;

  @Option(names = "--replications", paramLabel = "N", description = "Per evaluation (default: the scenario's).")
  Integer replications;

  @Option(names = "--confirmation-replications", paramLabel = "N",
      description = "Fresh replications of the confirmation run (default: as --replications).")
  Integer confirmationReplications;

  @Option(names = "--seed", paramLabel = "S", description = "The search seed, the same at every evaluation.")
  Long seed;

  @Option(names = "--threads", paramLabel = "N", description = "Default: all cores; at most 256.")
  Integer threads;

  @Option(names = "--quiet", description = "No progress bar and no summary.")
  boolean quiet;

  @Mixin
  SizeLimitOption sizeLimit;

  @Override
  public Integer call() throws Exception {
    ScenarioSource.Loaded loaded;
    try {
      loaded = scenarioFile().loadWithInputs();
    } catch (ScenarioException e) {
      ProblemLines.print(e.problems(), System.err);
      return Main.INVALID_INPUT;
    }
    Scenario base = loaded.scenario();
    checkArguments(base);
    Goal goal = goal(base.objective());
    OptimizeInputs.Checked inputs = OptimizeInputs.check(scenarioFile(), base, params, policy);
    if (!inputs.problems().isEmpty()) {
      // each line is already one printable line (SweepInputs)
      inputs.problems().forEach(line -> System.err.println("backorder: " + line));
      return Main.INVALID_INPUT;
    }
    if (!quiet) {
      inputs.notes().forEach(note -> System.err.println("backorder: note: " + note));
    }
    Path dir = OutputFolder.choose(out, base.name() + "-optimum");
    int reps = replications != null ? replications : base.replications();
    Optimizer.Settings settings = new Optimizer.Settings(budget != null ? budget : DEFAULT_BUDGET, reps,
        seed != null ? seed : base.seed(), confirmationReplications != null ? confirmationReplications : reps,
        threads != null ? threads : Runtime.getRuntime().availableProcessors());
    double events = checkSize(inputs, settings);
    OptimumResult result;
    // the whole result set goes to a temporary folder beside DIR, swapped in once complete
    try (ResultFolder folder = OutputFolder.replace(dir, out != null ? "--out" : "output folder",
        loaded.inputFiles())) {
      result = optimize(inputs.space(), goal, settings, events);
      OptimumFiles.write(result, base, folder.staging());
      folder.commit();
    }
    if (!quiet) {
      System.out.print(OptimizeSummary.render(result, base.name(), dir));
    }
    return Main.OK;
  }

  /** Replications the optimizer may run at most: search, selection and confirmation. */
  private static long replicationsAtMost(SearchSpace space, Optimizer.Settings s) {
    int searchPoints = (int) Math.min(s.budget(), space.size());
    int selected = Math.min(Optimizer.SELECTED, searchPoints);
    return (long) (searchPoints + selected) * s.replications() + s.confirmationReplications();
  }

  /** The estimated events of every evaluation the optimizer may make; refused above the limit. */
  private double checkSize(OptimizeInputs.Checked inputs, Optimizer.Settings s) {
    long reps = replicationsAtMost(inputs.space(), s);
    double events = inputs.eventsPerReplication() * reps;
    RunSize.check("optimize", events, "at most " + RunSize.breakdown(1, reps, inputs.eventsPerReplication())
        + ", search, selection and confirmation together", sizeLimit.force);
    return events;
  }

  private OptimumResult optimize(SearchSpace space, Goal goal, Optimizer.Settings s, double events)
      throws InterruptedException {
    int searchPoints = (int) Math.min(s.budget(), space.size());
    int selected = Math.min(Optimizer.SELECTED, searchPoints);
    long total = replicationsAtMost(space, s);
    try (StageProgress progress = StageProgress.start("optimize", total, searchPoints + selected + 1,
        "evaluations", events, quiet)) {
      Evaluator evaluator = new Evaluator(space, o -> scenarioFile().load(o), policy, goal.metric(),
          s.threads(), listener(progress, s));
      return Optimizer.run(space, goal, policy, s, evaluator);
    } catch (Optimizer.NoValidPointException e) {
      throw new InvalidInputException("--param: " + e.getMessage());
    }
  }

  /** Feeds the bar; once the search is over, the totals shrink to what is left. */
  private static Evaluator.Listener listener(StageProgress progress, Optimizer.Settings s) {
    return new Evaluator.Listener() {
      private long done;
      private int evaluations;

      @Override
      public void replicationsDone(long d) {
        done = d;
        progress.replicationsDone(d);
      }

      @Override
      public void evaluationDone(Evaluation e) {
        evaluations++;
        progress.unitDone();
      }

      @Override
      public void batchStarted(Evaluation.Stage stage, int points, int replications) {
        if (stage == Evaluation.Stage.SELECTION) {
          progress.expect(done + (long) points * replications + s.confirmationReplications(), evaluations + points + 1);
        } else if (stage == Evaluation.Stage.CONFIRMATION) {
          progress.expect(done + replications, evaluations + 1);
        }
      }
    };
  }

  /** The objective from the options, else the scenario's (its fill_rate_tolerance rule is not used here). */
  private Goal goal(Objective scenario) {
    Metric metric = objective == null ? Metric.byKey(scenario.metric()).orElseThrow()
        : Metric.byKey(objective).orElseThrow(() -> new InvalidInputException("--objective: unknown metric '"
            + objective + "' (expected one of: " + String.join(", ", Arrays.stream(Metric.values()).map(Metric::key)
            .toList()) + ")"));
    if (minimize && maximize) {
      throw new InvalidInputException("--minimize and --maximize: give at most one");
    }
    boolean min;
    if (minimize || maximize) {
      min = minimize;
    } else if (objective == null) {
      min = scenario.minimize();
    } else if (metric.direction() == Metric.Direction.NEITHER) {
      throw new InvalidInputException("--objective: " + metric.key()
          + " is neither better high nor low: add --minimize or --maximize");
    } else {
      min = metric.direction() == Metric.Direction.LOWER_IS_BETTER;
    }
    List<Constraint> parsed = new ArrayList<>();
    for (String c : constraints) {
      try {
        parsed.add(Constraint.parse(c));
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException("--constraint '" + c + "': " + e.getMessage());
      }
    }
    return new Goal(metric, min, constraints.isEmpty() ? scenario.constraints() : parsed);
  }

  private void checkArguments(Scenario scenario) {
    if (replications != null && (replications < 2 || replications > 1_000_000)) {
      throw new InvalidInputException("--replications: must be between 2 and 1000000, got " + replications);
    }
    if (confirmationReplications != null && (confirmationReplications < 2 || confirmationReplications > 1_000_000)) {
      throw new InvalidInputException("--confirmation-replications: must be between 2 and 1000000, got "
          + confirmationReplications);
    }
    if (budget != null && (budget < 1 || budget > 100_000)) {
      throw new InvalidInputException("--budget: must be between 1 and 100000, got " + budget);
    }
    RunArguments.checkThreads(threads);
    List<String> known = scenario.policies().stream().map(PolicySpec::name).toList();
    if (!known.contains(policy)) {
      throw new InvalidInputException("--policy: unknown policy '" + policy + "' (expected one of: "
          + String.join(", ", known) + ")");
    }
  }

  private ScenarioFile scenarioFile() {
    return new ScenarioFile(file, sideFiles.access());
  }
}
