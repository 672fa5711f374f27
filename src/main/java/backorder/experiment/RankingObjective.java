package backorder.experiment;

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

  /** The scenario's objective as the run applies it today; the one place to change with the objective. */
  static RankingObjective of(Objective o) {
    return new FillRateTolerant(metricOf(o.metric()), o.minimize(), o.fillRateTolerance());
  }

  /** The registry entry named {@code key}. */
  static Metric metricOf(String key) {
    for (Metric m : Metric.values()) {
      if (m.key().equals(key)) {
        return m;
      }
    }
    throw new IllegalArgumentException("unknown metric " + key);
  }

  /** The best mean of a metric wins, with no conditions. */
  record Plain(Metric metric, boolean minimize) implements RankingObjective {}

  /**
   * Today's rule, the same as the report's recommendation: for total cost, only the policies whose
   * mean fill rate is within {@code fillRateTolerance} of the best mean fill rate may lead; any other
   * metric has no condition. The rest follow by fill rate, best first (nearest on service).
   */
  record FillRateTolerant(Metric metric, boolean minimize, double fillRateTolerance)
      implements RankingObjective {

    @Override
    public boolean[] eligible(List<PolicyResult> policies) {
      boolean[] ok = RankingObjective.super.eligible(policies);
      int fill = Metric.FILL_RATE.ordinal();
      double best = policies.stream().mapToDouble(p -> p.totals()[fill].mean())
          .filter(Double::isFinite).max().orElse(Double.NaN);
      if (metric != Metric.TOTAL_COST || Double.isNaN(best)) {
        return ok;
      }
      for (int i = 0; i < ok.length; i++) {
        double f = policies.get(i).totals()[fill].mean();
        ok[i] = Double.isFinite(f) && f >= best - fillRateTolerance - 1e-9;
      }
      return ok;
    }

    @Override
    public Comparator<PolicyResult> othersOrder() {
      int fill = Metric.FILL_RATE.ordinal();
      return Comparator.comparingDouble(p -> {
        double f = p.totals()[fill].mean();
        return Double.isFinite(f) ? -f : Double.POSITIVE_INFINITY;
      });
    }
  }
}
