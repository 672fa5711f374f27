package backorder.experiment;

import java.util.List;

/**
 * One grid point's results: per policy, the summary of every metric across replications.
 *
 * @param values the axes' values at this point, in axis order
 * @param policies the policy names, in scenario order
 * @param totals per policy (same order), the summary per metric by {@link backorder.metric.Metric} ordinal
 */
public record SweepPoint(int index, List<String> values, List<String> policies,
    List<Tally.Summary[]> totals) {

  public SweepPoint {
    values = List.copyOf(values);
    policies = List.copyOf(policies);
    totals = List.copyOf(totals);
  }

  /** Keeps what a sweep reports of one point's run: the totals, not the daily series. */
  static SweepPoint of(int index, List<String> values, ExperimentResult result) {
    List<String> names = result.policies().stream().map(PolicyResult::name).toList();
    List<Tally.Summary[]> totals = result.policies().stream().map(PolicyResult::totals).toList();
    return new SweepPoint(index, values, names, totals);
  }
}
