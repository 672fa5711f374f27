package backorder.experiment;

import backorder.policy.PolicySpec;
import backorder.scenario.Scenario;
import java.util.List;

/**
 * What to run: a scenario with the command line's overrides applied, the policies chosen, and how
 * many threads to use (which never changes a number).
 *
 * @param scenario the scenario as it will run: overrides applied, only the chosen policies
 * @param replicationsOverride the --replications given, or null
 * @param seedOverride the --seed given, or null
 */
public record RunPlan(Scenario scenario, int threads, Integer replicationsOverride,
    Long seedOverride, List<String> policyFilter) {

  public List<PolicySpec> policies() {
    return scenario.policies();
  }

  public int replications() {
    return scenario.replications();
  }

  public long seed() {
    return scenario.seed();
  }

  /** This plan with another warm-up; the overrides still say what the command line gave. */
  public RunPlan withWarmupDays(double days) {
    return new RunPlan(scenario.toBuilder().warmupDays(days).build(), threads, replicationsOverride,
        seedOverride, policyFilter);
  }

  /** This plan with another replication count; the overrides still say what the command line gave. */
  public RunPlan withReplications(int replications) {
    return new RunPlan(scenario.toBuilder().replications(replications).build(), threads,
        replicationsOverride, seedOverride, policyFilter);
  }

  /** Applies overrides (null = keep the scenario's value) and selects policies by name (empty = all). */
  public static RunPlan of(Scenario scenario, Integer replications, Long seed, Integer threads,
      List<String> policyNames) {
    List<PolicySpec> chosen = policyNames == null || policyNames.isEmpty()
        ? scenario.policies()
        : scenario.policies().stream().filter(p -> policyNames.contains(p.name())).toList();
    int reps = replications != null ? replications : scenario.replications();
    long s = seed != null ? seed : scenario.seed();
    int t = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    Scenario effective = scenario.toBuilder().replications(reps).seed(s).policies(chosen).build();
    return new RunPlan(effective, Math.max(1, t), replications, seed,
        policyNames == null ? List.of() : List.copyOf(policyNames));
  }
}
