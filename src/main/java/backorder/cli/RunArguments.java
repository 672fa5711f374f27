package backorder.cli;

import backorder.policy.PolicySpec;
import backorder.scenario.Scenario;
import java.util.List;

/** The checks every simulating command makes of its shared options, before any work starts. */
final class RunArguments {

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
    if (replications != null && (replications < 1 || replications > 1_000_000)) {
      throw new InvalidInputException("--replications: must be between 1 and 1000000, got " + replications);
    }
    if (threads != null && threads < 1) {
      throw new InvalidInputException("--threads: must be >= 1, got " + threads);
    }
  }
}
