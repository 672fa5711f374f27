package backorder.spark;

import backorder.experiment.Replicator;
import backorder.experiment.RunPlan;
import backorder.metric.Metric;
import backorder.model.DailySeries;
import backorder.model.ReplicationResult;
import backorder.policy.PolicySpec;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import org.apache.spark.api.java.JavaFutureAction;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;

/**
 * Computes a plan's replications as Spark tasks, one small job per chunk, at most a window of them
 * ahead of the driver, and hands the results back in (policy, replication) order. The scenario
 * travels once per executor as a broadcast recipe; tasks return each replication's numbers.
 */
final class SparkReplicator implements Replicator {

  private final JavaSparkContext sc;
  private final Broadcast<ScenarioRecipe> recipe;
  private final ChunkTask task;
  private final List<String> policies;
  private final long bytesPerReplication;
  private final ArrayDeque<JavaFutureAction<List<List<ReplicationPart>>>> inFlight =
      new ArrayDeque<>();

  SparkReplicator(JavaSparkContext sc, ScenarioRecipe recipe, RunPlan plan) {
    this.sc = sc;
    this.recipe = sc.broadcast(recipe);
    task = new ChunkTask(this.recipe);
    policies = plan.policies().stream().map(PolicySpec::name).toList();
    bytesPerReplication = ReplicationPart.valueBytes(plan.scenario().products().size(),
        Metric.COUNT, DailySeries.COUNT, (int) Math.ceil(plan.scenario().horizonDays()),
        ReplicationResult.WAIT_BINS + 1);
  }

  @Override
  public Results results(int from, int to) {
    Sizing sizing = Sizing.of(policies.size(), to - from, sc.defaultParallelism(),
        bytesPerReplication, sc.getConf().getInt(Sizing.PER_TASK, 0),
        sc.getConf().getSizeAsBytes(Sizing.BUDGET, String.valueOf(Sizing.DEFAULT_BUDGET)));
    Iterator<Chunk> chunks = Chunk.cut(policies.size(), from, to, sizing.perTask()).iterator();
    ArrayDeque<ReplicationPart> current = new ArrayDeque<>();
    return () -> {
      while (chunks.hasNext() && inFlight.size() < sizing.window()) {
        inFlight.add(submit(chunks.next()));
      }
      if (current.isEmpty()) {
        current.addAll(await(inFlight.poll()));
      }
      // polled, so a folded replication's arrays are garbage at once
      return current.poll().toResult();
    };
  }

  private JavaFutureAction<List<List<ReplicationPart>>> submit(Chunk chunk) {
    try {
      sc.setJobDescription(String.format(Locale.ROOT, "%s: replications %d-%d",
          policies.get(chunk.policy()), chunk.from(), chunk.to() - 1));
      return sc.parallelize(List.of(chunk), 1).map(task).collectAsync();
    } catch (RuntimeException e) {
      // a context stopped under the run (its master lost) says so in many lines
      throw new SparkRunException("Spark failed: " + SparkRunException.firstLine(e));
    }
  }

  private static List<ReplicationPart> await(JavaFutureAction<List<List<ReplicationPart>>> job)
      throws InterruptedException {
    try {
      return job.get().get(0);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw new SparkRunException("a Spark job failed: " + SparkRunException.firstLine(cause));
    }
  }

  @Override
  public void close() {
    for (JavaFutureAction<?> job : inFlight) {
      job.cancel(true);
    }
    inFlight.clear();
    try {
      recipe.destroy();
    } catch (RuntimeException e) {
      // the context may be gone already (stopped, or its master lost): nothing left to free
    }
  }
}
