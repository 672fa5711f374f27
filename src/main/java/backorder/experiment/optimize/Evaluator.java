package backorder.experiment.optimize;

import backorder.experiment.TaskResults;
import backorder.experiment.Experiment;
import backorder.experiment.ExperimentResult;
import backorder.experiment.PolicyResult;
import backorder.experiment.RunPlan;
import backorder.metric.Metric;
import backorder.scenario.Problem;
import backorder.scenario.Scenario;
import backorder.scenario.ScenarioException;
import backorder.scenario.ValueOverride;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * Runs the chosen policy at a batch of points, each point's scenario being the file with the
 * point's values written into it. Up to {@code threads} points run at once, each with its share of
 * the threads for its replications; every number is the same for any thread count.
 */
public final class Evaluator {

  /** The scenario at a point: the file with the overrides applied, validated. */
  @FunctionalInterface
  public interface Scenarios {
    Scenario of(List<ValueOverride> overrides) throws ScenarioException;
  }

  /** Hears how the optimization advances; calls come one at a time. */
  public interface Listener {
    /** Replications finished so far over every evaluation. */
    default void replicationsDone(long done) {}

    /** An evaluation finished (or its point did not load). */
    default void evaluationDone(Evaluation e) {}

    /** A batch of {@code points} evaluations of {@code replications} each is about to run. */
    default void batchStarted(Evaluation.Stage stage, int points, int replications) {}
  }

  private final SearchSpace space;
  private final Scenarios scenarios;
  private final String policy;
  private final Metric objective;
  private final int threads;
  private final Listener listener;
  private long replicationsDone;
  private long events;

  public Evaluator(SearchSpace space, Scenarios scenarios, String policy, Metric objective, int threads,
      Listener listener) {
    this.space = space;
    this.scenarios = scenarios;
    this.policy = policy;
    this.objective = objective;
    this.threads = Math.max(1, threads);
    this.listener = listener;
  }

  /** Evaluates the points on {@code seed}, numbered from {@code firstNumber}; results in point order. */
  public List<Evaluation> run(List<int[]> points, Evaluation.Stage stage, long seed, int replications,
      int firstNumber) throws InterruptedException {
    if (points.isEmpty()) {
      return List.of();
    }
    synchronized (this) {
      listener.batchStarted(stage, points.size(), replications);
    }
    int pointThreads = Math.min(threads, points.size());
    int threadsPerPoint = Math.max(1, threads / pointThreads);
    ExecutorService pool = Executors.newFixedThreadPool(pointThreads, r -> {
      Thread t = new Thread(r, "optimize-point");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<Evaluation>> futures = new ArrayList<>();
      for (int i = 0; i < points.size(); i++) {
        int[] point = points.get(i);
        int number = firstNumber + i;
        futures.add(pool.submit(() -> evaluate(number, stage, point, seed, replications, threadsPerPoint)));
      }
      List<Evaluation> out = new ArrayList<>();
      for (Future<Evaluation> f : futures) {
        out.add(get(f));
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  /** Events fired over every evaluation so far. */
  public synchronized long events() {
    return events;
  }

  private Evaluation evaluate(int number, Evaluation.Stage stage, int[] point, long seed, int replications,
      int pointThreads) throws InterruptedException {
    List<String> values = space.values(point);
    Scenario scenario;
    try {
      scenario = scenarios.of(space.overrides(point));
    } catch (ScenarioException e) {
      Evaluation invalid = new Evaluation(number, stage, point, values, seed, replications, describe(e), null, null);
      done(invalid, 0);
      return invalid;
    }
    int[] reported = {0};
    ExperimentResult result = Experiment.run(RunPlan.of(scenario, replications, seed, pointThreads,
        List.of(policy)), n -> {
          progress(n - reported[0]);
          reported[0] = n;
        });
    PolicyResult p = result.policies().get(0);
    double[] column = new double[p.replicationTotals().length];
    for (int r = 0; r < column.length; r++) {
      column[r] = p.replicationTotals()[r][objective.ordinal()];
    }
    Evaluation e = new Evaluation(number, stage, point, values, seed, replications, null, p.totals(), column);
    done(e, result.events());
    return e;
  }

  private synchronized void progress(long more) {
    replicationsDone += more;
    listener.replicationsDone(replicationsDone);
  }

  private synchronized void done(Evaluation e, long moreEvents) {
    events += moreEvents;
    listener.evaluationDone(e);
  }

  /** The problems of a point outside the file: PATH: message, joined. */
  private static String describe(ScenarioException e) {
    return e.problems().stream().map(Evaluator::describe).collect(Collectors.joining("; "));
  }

  private static String describe(Problem p) {
    return p.line() == 0 ? p.path() + ": " + p.message() : p.toString();
  }

  private static Evaluation get(Future<Evaluation> f) throws InterruptedException {
    return TaskResults.get(f);
  }
}
