package backorder.experiment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The policies in order of the objective (SPEC §5): those meeting its conditions first, by mean in
 * the objective's direction, then those failing a condition, then those without a value (both in
 * the objective's {@link RankingObjective#othersOrder()}); equal keys keep scenario order. Rank 1 is the recommended policy. A policy is distinguishable from the best
 * when the Holm-adjusted p of its paired difference with the best is below 0.05 (never the best
 * itself, nor when the test is undefined).
 */
public record Ranking(RankingObjective objective, List<Entry> entries) {

  /** The family-wise level below which a difference with the best counts as real. */
  public static final double ALPHA = 0.05;

  /**
   * One ranked policy; {@code mean} is its mean of the objective metric (NaN without one);
   * {@code meetsConstraints} whether its means meet every condition of the objective.
   */
  public record Entry(String policy, int rank, double mean, boolean distinguishableFromBest,
      boolean meetsConstraints) {}

  /** Copies the entries. */
  public Ranking {
    entries = List.copyOf(entries);
  }

  /** The run's ranking on its scenario's objective. */
  public static Ranking of(ExperimentResult result, Comparisons comparisons) {
    return of(result.policies(), RankingObjective.of(result.plan().scenario().objective()), comparisons);
  }

  /** Ranks {@code policies}; {@code comparisons} must hold the objective metric's rows. */
  public static Ranking of(List<PolicyResult> policies, RankingObjective objective,
      Comparisons comparisons) {
    int m = objective.metric().ordinal();
    boolean[] eligible = objective.eligible(policies);
    boolean[] qualifying = objective instanceof RankingObjective.Constrained c
        ? c.qualifying(policies) : eligible;
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < policies.size(); i++) {
      order.add(i);
    }
    // List.sort is stable: equal keys keep scenario order
    order.sort(order(policies, objective, eligible));
    List<Entry> entries = new ArrayList<>();
    String best = order.isEmpty() ? null : policies.get(order.get(0)).name();
    for (int k = 0; k < order.size(); k++) {
      PolicyResult p = policies.get(order.get(k));
      boolean distinguishable = false;
      if (k > 0) {
        Comparison c = comparisons.find(p.name(), best, objective.metric());
        distinguishable = c != null && c.pAdjusted() < ALPHA;
      }
      entries.add(new Entry(p.name(), k + 1, p.totals()[m].mean(), distinguishable,
          qualifying[order.get(k)]));
    }
    return new Ranking(objective, entries);
  }

  /** Whether no policy meets the objective's conditions, so all were ranked on the objective alone. */
  public boolean noneQualifies() {
    return !entries.isEmpty() && entries.stream().noneMatch(Entry::meetsConstraints);
  }

  /** The recommended policy (rank 1), or null without policies. */
  public String best() {
    return entries.isEmpty() ? null : entries.get(0).policy();
  }

  /** By group (eligible, failing a condition, no value), then the group's own order. */
  private static Comparator<Integer> order(List<PolicyResult> policies, RankingObjective objective,
      boolean[] eligible) {
    int m = objective.metric().ordinal();
    Comparator<Integer> byMean = Comparator.comparingDouble(i -> policies.get(i).totals()[m].mean());
    Comparator<Integer> lead = objective.minimize() ? byMean : byMean.reversed();
    Comparator<PolicyResult> others = objective.othersOrder();
    Comparator<Integer> rest = others == null ? lead : Comparator.comparing(policies::get, others);
    return (x, y) -> {
      int gx = group(policies.get(x).totals()[m].mean(), eligible[x]);
      int gy = group(policies.get(y).totals()[m].mean(), eligible[y]);
      if (gx != gy) {
        return Integer.compare(gx, gy);
      }
      return (gx == 0 ? lead : rest).compare(x, y);
    };
  }

  private static int group(double mean, boolean eligible) {
    if (Double.isNaN(mean)) {
      return 2;
    }
    return eligible ? 0 : 1;
  }
}
