package backorder.experiment.optimize;

import java.util.ArrayList;
import java.util.List;

/**
 * What an optimization found: every evaluation of each stage, the pick and its confirmation run.
 *
 * @param method how the search chose its points ("exhaustive" or "grid + compass search")
 * @param search the search stage's evaluations, in order
 * @param selection the leaders re-run on fresh replications (empty with fewer than two valid points)
 * @param pick the search-stage evaluation of the setting picked
 * @param confirmation the pick on the confirmation seed: the reported estimates
 * @param events events fired over every stage
 * @param seconds wall time of the simulations
 */
public record OptimumResult(String policy, SearchSpace space, Goal goal, Optimizer.Settings settings,
    String method, List<Evaluation> search, List<Optimizer.Candidate> selection, Evaluation pick,
    Evaluation confirmation, long events, double seconds) {

  public OptimumResult {
    search = List.copyOf(search);
    selection = List.copyOf(selection);
  }

  /** Every evaluation of every stage, in number order: the rows of trace.csv. */
  public List<Evaluation> trace() {
    List<Evaluation> all = new ArrayList<>(search);
    selection.forEach(c -> all.add(c.selection()));
    all.add(confirmation);
    return all;
  }

  /** Whether the confirmation run's means meet every constraint. */
  public boolean confirmed() {
    return confirmation.feasible(goal);
  }
}
