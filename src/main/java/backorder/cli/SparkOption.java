package backorder.cli;

import backorder.spark.Masters;
import backorder.spark.SparkCheck;

/** The checks {@code --spark MASTER} shares between run and sweep. */
final class SparkOption {

  private SparkOption() {}

  /**
   * Before anything is read: the checks of the options that need no scenario (a bad one is invalid
   * input, exit 2, whether Spark is there or not), then that Spark is on the class path (exit 1).
   */
  static void checkThenRequireSpark(String master, Integer threads, Integer replications) {
    check(master, threads);
    RunArguments.checkCounts(replications, threads);
    SparkCheck.requireSpark();
  }

  /** Exit 2 for a master of no form Spark knows, or --threads beside it (the master has cores). */
  static void check(String master, Integer threads) {
    if (master == null) {
      return;
    }
    if (!Masters.isValid(master)) {
      throw new InvalidInputException("--spark: expected local[N], local[N,F] (F attempts per"
          + " task), yarn, spark://HOST:PORT or k8s://URL, got '" + master + "'");
    }
    if (threads != null) {
      throw new InvalidInputException("--threads: not used with --spark (the master says how many"
          + " cores, e.g. local[4])");
    }
  }
}
