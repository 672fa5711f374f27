package backorder.cli;

import backorder.spark.Masters;
import backorder.spark.SparkCheck;
import picocli.CommandLine.Option;

/** {@code --spark MASTER}, which run and sweep share, and its checks. */
final class SparkOption {

  @Option(names = "--spark", paramLabel = "MASTER", description = "Run the replications as Apache"
      + " Spark tasks on MASTER: local[N], yarn, spark://HOST:PORT, k8s://URL (same numbers).")
  String master;

  /** Whether the replications run on Spark rather than in this JVM. */
  boolean used() {
    return master != null;
  }

  /**
   * Before the scenario is read: the checks of {@link #check} and of the counts, then exit 1 with
   * how to run with Spark when it is not on the class path (bad options are invalid input, exit 2,
   * whether Spark is there or not).
   */
  void requireUsable(Integer threads, Integer replications) {
    check(threads);
    if (used()) {
      RunArguments.checkCounts(replications, threads);
      SparkCheck.requireSpark();
    }
  }

  /** Exit 2 for a master of no form Spark knows, or --threads beside it (the master has cores). */
  void check(Integer threads) {
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
