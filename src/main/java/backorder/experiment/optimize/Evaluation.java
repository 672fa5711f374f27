package backorder.experiment.optimize;

import backorder.experiment.Tally;
import backorder.metric.Metric;
import java.util.Comparator;
import java.util.List;

/**
 * One evaluated setting: the policy run at one point of the search space on one seed, with its
 * summaries across replications, or the reason the point is not a valid scenario.
 *
 * @param number 1, 2, ... in the order evaluations were asked for (over every stage)
 * @param problem why the point's scenario does not load, or null when it ran
 * @param totals per metric (by ordinal) across replications; null when the point did not load
 * @param objectiveByReplication the objective metric per replication, for paired comparisons
 */
public record Evaluation(int number, Stage stage, int[] point, List<String> values, long seed,
    int replications, String problem, Tally.Summary[] totals, double[] objectiveByReplication) {

  /** Which step of the optimization asked for the evaluation. */
  public enum Stage {
    SEARCH, SELECTION, CONFIRMATION;

    /** The name in trace.csv: search, selection, confirmation. */
    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public Evaluation {
    point = point.clone();
    values = List.copyOf(values);
  }

  /** Whether the point's scenario loaded and ran. */
  public boolean valid() {
    return problem == null;
  }

  /** The summary of one metric; an empty summary when the point did not run. */
  public Tally.Summary metric(Metric m) {
    return valid() ? totals[m.ordinal()] : new Tally.Summary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
  }

  /** Whether the point ran and its means meet every constraint of the goal. */
  public boolean feasible(Goal goal) {
    return valid() && goal.feasible(totals);
  }

  /**
   * Feasibility first: settings meeting every constraint by their objective mean, then those
   * failing one by how far they fall short (then the objective), then those without an objective
   * value, then points that did not load; ties go to the earlier evaluation.
   */
  public static Comparator<Evaluation> order(Goal goal) {
    return Comparator.comparingInt((Evaluation e) -> e.group(goal))
        .thenComparingDouble(e -> e.group(goal) == 1 ? goal.violation(e.totals) : 0)
        .thenComparingDouble(e -> e.valid() ? goal.loss(e.totals[goal.metric().ordinal()].mean()) : 0)
        .thenComparingInt(Evaluation::number);
  }

  private int group(Goal goal) {
    if (!valid()) {
      return 3;
    }
    if (Double.isNaN(totals[goal.metric().ordinal()].mean())) {
      return 2;
    }
    return goal.feasible(totals) ? 0 : 1;
  }
}
