package backorder.experiment;

import backorder.scenario.Scenario;
import backorder.scenario.ScenarioException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs a grid of scenario variants through {@link Experiment}, all on the same seed: replication r
 * of every point draws from the same named streams, so point-to-point differences are measured on
 * common random numbers. Up to {@code threads} points run at once, each with its share of the
 * threads for its replications; every number is the same for any thread count.
 */
public final class Sweep {

  private Sweep() {}

  /** The scenario of one grid point: the file with the point's overrides applied. */
  @FunctionalInterface
  public interface PointScenarios {
    Scenario of(int point) throws ScenarioException;
  }

  /** Where a point's replications are computed, given the scenario {@link PointScenarios} made. */
  @FunctionalInterface
  public interface PointRunners {
    Runner of(int point, Scenario scenario);
  }

  /** Hears how the sweep advances; calls come from worker threads, one at a time. */
  public interface Listener {
    /** Replications finished so far over every point and policy. */
    default void replicationsDone(long done) {}

    /** A point finished, with its full result (daily series, per-replication values). */
    default void pointDone(int point, ExperimentResult result) {}
  }

  /**
   * What every point shares: the command line's replications and seed (null = the scenario's),
   * the policies to run (empty = all) and the threads to use.
   */
  public record Settings(Integer replications, Long seed, int threads, List<String> policies) {
    public Settings {
      policies = List.copyOf(policies);
    }

    /** The plan of one point's scenario with these settings. */
    public RunPlan plan(Scenario scenario, int threadsForPoint) {
      return RunPlan.of(scenario, replications, seed, threadsForPoint, policies);
    }
  }

  /** Runs every point in this JVM; results come back in point order whatever finished first. */
  public static SweepResult run(SweepGrid grid, PointScenarios scenarios, Settings settings,
      Listener listener) throws InterruptedException {
    return run(grid, scenarios, (point, scenario) -> Runner.local(), settings, listener);
  }

  /** As above, each point's replications computed where {@code runners} says. */
  public static SweepResult run(SweepGrid grid, PointScenarios scenarios, PointRunners runners,
      Settings settings, Listener listener) throws InterruptedException {
    long start = System.nanoTime();
    int points = grid.size();
    int pointThreads = Math.max(1, Math.min(settings.threads(), points));
    int threadsPerPoint = Math.max(1, settings.threads() / pointThreads);
    Progress progress = new Progress(listener);
    ExecutorService pool = Executors.newFixedThreadPool(pointThreads, r -> {
      Thread t = new Thread(r, "sweep-point");
      t.setDaemon(true);
      return t;
    });
    try {
      // a task keeps only the point's totals: the full results of 10,000 points would not fit
      List<Future<SweepPoint>> futures = new ArrayList<>();
      for (int p = 0; p < points; p++) {
        int point = p;
        futures.add(pool.submit(() -> SweepPoint.of(point, grid.values(point),
            runPoint(point, scenarios, runners, settings, threadsPerPoint, progress))));
      }
      List<SweepPoint> results = new ArrayList<>();
      for (Future<SweepPoint> f : futures) {
        results.add(get(f));
      }
      RunPlan plan = progress.firstPlan();
      return new SweepResult(grid, results, plan.replications(), plan.seed(), progress.events(),
          (System.nanoTime() - start) / 1e9);
    } finally {
      pool.shutdownNow();
    }
  }

  private static ExperimentResult runPoint(int point, PointScenarios scenarios,
      PointRunners runners, Settings settings, int threads, Progress progress)
      throws InterruptedException {
    Scenario scenario;
    try {
      scenario = scenarios.of(point);
    } catch (ScenarioException e) {
      throw new IllegalStateException("grid point " + point + " no longer loads: " + e.getMessage(), e);
    }
    int[] reported = {0};
    Runner runner = runners.of(point, scenario);
    ExperimentResult result = Experiment.run(settings.plan(scenario, threads), runner, done -> {
      progress.replications(done - reported[0]);
      reported[0] = done;
    });
    progress.point(point, result);
    return result;
  }

  private static SweepPoint get(Future<SweepPoint> f) throws InterruptedException {
    return TaskResults.get(f);
  }

  /** Serialises the listener's calls and keeps the running counts. */
  private static final class Progress {
    private final Listener listener;
    private long done;
    private long events;
    private RunPlan firstPlan;

    Progress(Listener listener) {
      this.listener = listener;
    }

    synchronized void replications(long more) {
      done += more;
      listener.replicationsDone(done);
    }

    synchronized void point(int point, ExperimentResult result) {
      events += result.events();
      firstPlan = firstPlan == null ? result.plan() : firstPlan;
      listener.pointDone(point, result);
    }

    synchronized long events() {
      return events;
    }

    /** The plan of a finished point: replications and seed are the same at every point. */
    synchronized RunPlan firstPlan() {
      return firstPlan;
    }
  }
}
