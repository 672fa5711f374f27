package backorder.experiment;

import backorder.metric.Constraint;
import backorder.metric.Metric;
import backorder.metric.Objective;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** What a ranking orders policies by: one metric in one direction, and which policies may lead. */
public interface RankingObjective {

  Metric metric();

  boolean minimize();

  /** Per policy, whether it meets the objective's conditions; those that do rank first. Default: all. */
  default boolean[] eligible(List<PolicyResult> policies) {
    boolean[] all = new boolean[policies.size()];
    Arrays.fill(all, true);
    return all;
  }

  /**
   * The order of the policies ranked after the eligible ones (those failing a condition, then those
   * without a value), or null to order them by the objective too.
   */
  default Comparator<PolicyResult> othersOrder() {
    return null;
  }

  /** The scenario's objective (SPEC §5). */
  static RankingObjective of(Objective o) {
    Metric metric = Metric.byKey(o.metric()).orElseThrow(
        () -> new IllegalArgumentException("unknown objective metric " + o.metric()));
    return new Constrained(metric, o.minimize(), o.constraints(), o.fillRateTolerance());
  }

  /** The best mean of a metric wins, with no conditions. */
  record Plain(Metric metric, boolean minimize) implements RankingObjective {}

  /**
   * SPEC §5's rule: the policies whose means meet every constraint may lead (and, when the older
   * {@code fill_rate_tolerance} is set, only those whose fill rate is within it of the best); when
   * no policy qualifies, all may, and {@link #noneQualifies} says so. The rest follow by the
   * objective too.
   */
  record Constrained(Metric metric, boolean minimize, List<Constraint> constraints,
      double fillRateTolerance) implements RankingObjective {

    @Override
    public boolean[] eligible(List<PolicyResult> policies) {
      boolean[] ok = qualifying(policies);
      for (boolean b : ok) {
        if (b) {
          return ok;
        }
      }
      return RankingObjective.super.eligible(policies);
    }

    /** Whether no policy meets the conditions (then every policy is ranked as eligible). */
    public boolean noneQualifies(List<PolicyResult> policies) {
      for (boolean b : qualifying(policies)) {
        if (b) {
          return false;
        }
      }
      return !policies.isEmpty();
    }

    /** Per policy, whether its means meet every constraint (and the fill-rate tolerance). */
    public boolean[] qualifying(List<PolicyResult> policies) {
      boolean[] ok = new boolean[policies.size()];
      int fill = Metric.FILL_RATE.ordinal();
      double bestFill = policies.stream().mapToDouble(p -> p.totals()[fill].mean())
          .filter(Double::isFinite).max().orElse(Double.NaN);
      for (int i = 0; i < ok.length; i++) {
        PolicyResult p = policies.get(i);
        ok[i] = constraints.stream().allMatch(c -> c.holds(p.totals()[c.metric().ordinal()].mean()));
        if (!Double.isNaN(fillRateTolerance) && !Double.isNaN(bestFill)) {
          double f = p.totals()[fill].mean();
          ok[i] &= Double.isFinite(f) && f >= bestFill - fillRateTolerance - 1e-9;
        }
      }
      return ok;
    }
  }
}
