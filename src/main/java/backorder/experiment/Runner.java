package backorder.experiment;

/**
 * Where a run's replications are computed: this JVM's threads or a cluster. The results are folded
 * in (policy, replication) order wherever they were computed, so every number is the same.
 */
public interface Runner {

  /** The name the run manifest records, e.g. {@code local} or {@code spark local[2]}. */
  String name();

  /** Starts a replicator for the plan (its scenario, policies and thread count). */
  Replicator open(RunPlan plan);

  /** The plan's threads in this JVM. */
  static Runner local() {
    return LocalReplicator.RUNNER;
  }
}
