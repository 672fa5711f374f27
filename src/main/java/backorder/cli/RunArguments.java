package backorder.cli;

import backorder.policy.PolicySpec;
import backorder.scenario.Scenario;
import java.util.List;

/** The checks every simulating command makes of its shared options, before any work starts. */
final class RunArguments {

  /** Threads a run may ask for: more only add memory (one model per thread), never speed. */
  static final int MAX_THREADS = 256;

  /** Replications a run may ask for (SPEC: the CLI overrides the scenario's, same bound). */
  static final int MAX_REPLICATIONS = 1_000_000;

  private RunArguments() {}

  /** Throws {@link InvalidInputException} naming the option when one is out of range or unknown. */
  static void check(Scenario scenario, Integer replications, Integer threads, List<String> policies) {
    checkCounts(replications, threads);
    List<String> known = scenario.policies().stream().map(PolicySpec::name).toList();
    for (String name : policies) {
      if (!known.contains(name)) {
        throw new InvalidInputException("--policy: unknown policy '" + name + "' (expected one of: "
            + String.join(", ", known) + ")");
      }
    }
  }

  /** The checks that need no scenario: replication and thread counts. */
  static void checkCounts(Integer replications, Integer threads) {
    if (replications != null && (replications < 1 || replications > MAX_REPLICATIONS)) {
      throw new InvalidInputException("--replications: must be between 1 and " + MAX_REPLICATIONS
          + ", got " + replications);
    }
    checkThreads(threads);
  }

  /** At least 1 and at most {@link #MAX_THREADS}. */
  static void checkThreads(Integer threads) {
    if (threads != null && (threads < 1 || threads > MAX_THREADS)) {
      throw new InvalidInputException("--threads: must be between 1 and " + MAX_THREADS
          + " (the limit on threads), got " + threads);
    }
  }
}
