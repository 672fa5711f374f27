package backorder.spark;

/**
 * How a run's replications are cut into Spark tasks and how many tasks run ahead of the driver's
 * fold: enough tasks per core to balance uneven policies, few enough that the results waiting on
 * the driver stay within a memory budget.
 *
 * @param perTask replications per task
 * @param window tasks (one Spark job each) submitted and not yet folded
 */
record Sizing(int perTask, int window) {

  /** Spark setting: replications per task, instead of the automatic choice. */
  static final String PER_TASK = "spark.backorder.replicationsPerTask";

  /** Spark setting: bytes of results that may wait on the driver (default 128 MiB). */
  static final String BUDGET = "spark.backorder.resultBytesInFlight";

  static final long DEFAULT_BUDGET = 128L << 20;

  /** Tasks per core a range is cut into, when the budget allows. */
  static final int TASKS_PER_CORE = 4;

  /**
   * The sizing for {@code replications} of each of {@code policies} on {@code cores}, each
   * replication's results {@code bytesPerReplication} large; {@code perTask} > 0 forces the cut.
   */
  static Sizing of(int policies, int replications, int cores, long bytesPerReplication,
      int perTask, long budget) {
    int window = Math.max(2, 2 * cores);
    if (perTask > 0) {
      return new Sizing(perTask, window);
    }
    long total = (long) policies * replications;
    long balanced = Math.max(1, ceilDiv(total, (long) cores * TASKS_PER_CORE));
    long affordable = Math.max(1, budget / ((long) window * Math.max(1, bytesPerReplication)));
    return new Sizing((int) Math.min(replications, Math.min(balanced, affordable)), window);
  }

  private static long ceilDiv(long a, long b) {
    return (a + b - 1) / b;
  }
}
