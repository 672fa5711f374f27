package backorder.experiment.optimize;

import backorder.experiment.Holm;
import backorder.experiment.PairedComparison;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Optimizes one policy's settings in three stages. Search: {@link PatternSearch} within the
 * budget, every point on the run's seed (common random numbers). Selection: the best
 * {@link #SELECTED} points re-run on fresh replications (seed + {@link #SELECTION_SEED_OFFSET}),
 * again on common random numbers among themselves, and the best of those picked (feasibility
 * first), each compared with the pick by a paired t-test (Holm-adjusted), which guards against
 * picking a point that was only lucky on the search's replications. Confirmation: the pick run
 * once more on other fresh replications (seed + {@link #CONFIRMATION_SEED_OFFSET}), whose
 * estimates are the ones reported.
 */
public final class Optimizer {

  /** Points re-run in the selection stage, at most. */
  public static final int SELECTED = 5;
  /** The selection stage's seed is the search seed plus this. */
  public static final long SELECTION_SEED_OFFSET = 1_000_001L;
  /** The confirmation run's seed is the search seed plus this. */
  public static final long CONFIRMATION_SEED_OFFSET = 2_000_002L;

  /**
   * How much to run: search evaluations at most, replications per evaluation, the search seed,
   * replications of the confirmation run, and threads (which never change a number).
   */
  public record Settings(int budget, int replications, long seed, int confirmationReplications, int threads) {

    public long selectionSeed() {
      return seed + SELECTION_SEED_OFFSET;
    }

    public long confirmationSeed() {
      return seed + CONFIRMATION_SEED_OFFSET;
    }
  }

  private Optimizer() {}

  /** Runs the three stages; the evaluator runs the policy at the points asked for. */
  public static OptimumResult run(SearchSpace space, Goal goal, String policy, Settings settings,
      Evaluator evaluator) throws InterruptedException {
    long start = System.nanoTime();
    PatternSearch.Outcome search = PatternSearch.run(space, goal, settings.budget(),
        (points, first) -> evaluator.run(points, Evaluation.Stage.SEARCH, settings.seed(),
            settings.replications(), first));
    List<Evaluation> ranked = search.evaluations().stream().filter(Evaluation::valid)
        .sorted(Evaluation.order(goal)).toList();
    if (ranked.isEmpty()) {
      throw new NoValidPointException(search.evaluations());
    }
    int next = search.evaluations().size() + 1;
    List<Candidate> selection = select(ranked.subList(0, Math.min(SELECTED, ranked.size())), goal, settings,
        evaluator, next);
    Evaluation pick = selection.isEmpty() ? ranked.get(0)
        : selection.stream().filter(Candidate::picked).findFirst().orElseThrow().search();
    Evaluation confirmation = evaluator.run(List.of(pick.point()), Evaluation.Stage.CONFIRMATION,
        settings.confirmationSeed(), settings.confirmationReplications(), next + selection.size()).get(0);
    return new OptimumResult(policy, space, goal, settings, search.method(), search.evaluations(), selection,
        pick, confirmation, evaluator.events(), (System.nanoTime() - start) / 1e9);
  }

  /** Re-runs the leaders on the selection seed and compares each with the best of them there. */
  private static List<Candidate> select(List<Evaluation> leaders, Goal goal, Settings settings,
      Evaluator evaluator, int firstNumber) throws InterruptedException {
    if (leaders.size() < 2) {
      return List.of();
    }
    List<Evaluation> rerun = evaluator.run(leaders.stream().map(Evaluation::point).toList(),
        Evaluation.Stage.SELECTION, settings.selectionSeed(), settings.replications(), firstNumber);
    Comparator<Evaluation> order = Evaluation.order(goal);
    int best = 0;
    for (int i = 1; i < rerun.size(); i++) {
      best = order.compare(rerun.get(i), rerun.get(best)) < 0 ? i : best;
    }
    double[] p = new double[rerun.size()];
    List<PairedComparison> tests = new ArrayList<>();
    for (int i = 0; i < rerun.size(); i++) {
      PairedComparison t = PairedComparison.of(rerun.get(i).objectiveByReplication(),
          rerun.get(best).objectiveByReplication());
      tests.add(t);
      p[i] = i == best ? Double.NaN : t.pValue();
    }
    double[] adjusted = Holm.adjust(p);
    List<Candidate> out = new ArrayList<>();
    for (int i = 0; i < rerun.size(); i++) {
      out.add(new Candidate(leaders.get(i), rerun.get(i), i == best, i == best ? null : tests.get(i),
          adjusted[i]));
    }
    return out;
  }

  /**
   * A leader of the search in the selection stage.
   *
   * @param vsPick its objective minus the pick's, paired by replication; null for the pick itself
   * @param pAdjusted the difference's p-value, Holm-adjusted over the other leaders; NaN for the pick
   */
  public record Candidate(Evaluation search, Evaluation selection, boolean picked, PairedComparison vsPick,
      double pAdjusted) {}

  /** No point of the search gave a valid scenario, so there is nothing to pick. */
  public static final class NoValidPointException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NoValidPointException(List<Evaluation> evaluations) {
      super("none of the " + evaluations.size() + " evaluated points is a valid scenario; the first: "
          + evaluations.get(0).problem());
    }
  }
}
