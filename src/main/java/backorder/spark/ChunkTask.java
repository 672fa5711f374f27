package backorder.spark;

import backorder.experiment.Experiment;
import backorder.policy.PolicySpec;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.Function;
import org.apache.spark.broadcast.Broadcast;

/**
 * What one Spark task does: rebuild the scenario from the broadcast recipe (once per JVM), then run
 * its chunk's replications one after another, each on its own named random streams.
 */
final class ChunkTask implements Function<Chunk, List<ReplicationPart>> {

  private static final long serialVersionUID = 1L;

  /**
   * Test hook: with this local property "true" on the submitting thread, every task fails its
   * first attempt, so that tests see Spark retry it (a retried task must give the same numbers).
   */
  static final String FAIL_FIRST_ATTEMPT = "backorder.test.failFirstAttempt";

  private final Broadcast<ScenarioRecipe> recipe;

  ChunkTask(Broadcast<ScenarioRecipe> recipe) {
    this.recipe = recipe;
  }

  @Override
  public List<ReplicationPart> call(Chunk chunk) {
    failFirstAttemptIfAsked(chunk);
    ScenarioRecipe.Rebuilt world = recipe.value().rebuilt();
    PolicySpec spec = world.scenario().policies().get(chunk.policy());
    List<ReplicationPart> parts = new ArrayList<>(chunk.to() - chunk.from());
    for (int r = chunk.from(); r < chunk.to(); r++) {
      parts.add(ReplicationPart.of(Experiment.replicate(world.scenario(), spec, world.inputs(), r)));
    }
    return parts;
  }

  private static void failFirstAttemptIfAsked(Chunk chunk) {
    TaskContext task = TaskContext.get();
    if (task != null && task.attemptNumber() == 0
        && "true".equals(task.getLocalProperty(FAIL_FIRST_ATTEMPT))) {
      throw new IllegalStateException("forced failure of the first attempt of " + chunk
          + " (test hook " + FAIL_FIRST_ATTEMPT + ")");
    }
  }
}
