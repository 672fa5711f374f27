package backorder.experiment;

import backorder.metric.Metric;
import backorder.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;

/**
 * The robustness matrix (SPEC §6): every scenario × shared policy × metric with its mean and
 * interval, and on each scenario's objective metric the policy's rank there (SPEC §5's rule over
 * the shared policies) and its regret, the distance on that objective from the scenario's rank-1
 * policy in the objective's direction (0 for the best; positive when worse; negative only for a
 * policy that beats the recommended one on the objective but fails a constraint it meets).
 */
public record RobustnessMatrix(List<String> scenarios, List<String> policies, List<Row> rows) {

  /**
   * One cell; {@code rank} is 0 and {@code regret} NaN except on the scenario's objective metric.
   */
  public record Row(String scenario, String policy, Metric metric, Tally.Summary summary, int rank, double regret) {}

  public RobustnessMatrix {
    scenarios = List.copyOf(scenarios);
    policies = List.copyOf(policies);
    rows = List.copyOf(rows);
  }

  /** The matrix of runs that each ran at least {@code policies}; rows by scenario, policy (given order), metric. */
  public static RobustnessMatrix of(List<ExperimentResult> runs, List<String> policies) {
    List<Row> rows = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (ExperimentResult run : runs) {
      Scenario s = run.plan().scenario();
      names.add(s.name());
      List<PolicyResult> shared = policies.stream().map(p -> find(run, p)).toList();
      RankingObjective objective = RankingObjective.of(s.objective());
      Ranking ranking = Ranking.of(shared, objective, Comparisons.of(shared, List.of(objective.metric())));
      double best = ranking.entries().get(0).mean();
      for (PolicyResult p : shared) {
        Ranking.Entry entry = ranking.entries().stream().filter(e -> e.policy().equals(p.name())).findFirst()
            .orElseThrow();
        double regret = objective.minimize() ? entry.mean() - best : best - entry.mean();
        for (Metric m : Metric.values()) {
          boolean onObjective = m == objective.metric();
          rows.add(new Row(s.name(), p.name(), m, p.totals()[m.ordinal()], onObjective ? entry.rank() : 0,
              onObjective ? regret : Double.NaN));
        }
      }
    }
    return new RobustnessMatrix(names, policies, rows);
  }

  private static PolicyResult find(ExperimentResult run, String policy) {
    return run.policies().stream().filter(p -> p.name().equals(policy)).findFirst().orElseThrow(
        () -> new IllegalArgumentException(run.plan().scenario().name() + " did not run policy " + policy));
  }
}
