package backorder.policy;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * A {@link ReorderRule} made concrete per product: the reorder point s and either a batch Q or an
 * order-up-to level S, and the rule "at or below s, order the smallest multiple of Q that lifts the
 * position above s (or up to S)".
 */
final class ReorderLevels {

  private final double[] reorderPoint;
  private final long[] batch; // 0 when ordering up to a level
  private final double[] upTo;
  private final double[] safetyStock;

  /**
   * Derives the levels for orders from a supplier with the given lead time. A derived reorder point
   * is expected demand over the protection interval (lead time + review period) plus safety stock.
   * For {@code service_level} the safety stock is z(level) × σ, where σ² = E[P]·Var(daily units) +
   * (mean daily units)²·Var(L) is the variance of demand over the protection interval P = L + R with
   * random lead time L (the standard random-sum formula).
   */
  ReorderLevels(ReorderRule rule, PlanningInputs in, double meanLead, double leadVariance,
      double reviewPeriod) {
    int n = in.productCount();
    reorderPoint = new double[n];
    batch = new long[n];
    upTo = new double[n];
    safetyStock = new double[n];
    double protection = meanLead + reviewPeriod;
    for (int p = 0; p < n; p++) {
      double daily = in.meanDailyUnits(p);
      if (!Double.isNaN(rule.reorderPoint())) {
        reorderPoint[p] = rule.reorderPoint();
      } else {
        reorderPoint[p] = daily * protection + safetyStock(rule.safetyStock(), in, p, protection,
            leadVariance);
      }
      safetyStock[p] = reorderPoint[p] - daily * protection;
      OrderQuantity q = rule.quantity();
      switch (q.kind()) {
        case FIXED -> batch[p] = Math.max(1, Math.round(q.value()));
        case DAYS_OF_COVER -> batch[p] = Math.max(1, (long) Math.ceil(q.value() * daily));
        case UP_TO -> upTo[p] = q.value();
      }
    }
  }

  private static double safetyStock(SafetyStock ss, PlanningInputs in, int p, double protection,
      double leadVariance) {
    double daily = in.meanDailyUnits(p);
    return switch (ss.kind()) {
      case UNITS -> ss.value();
      case DAYS_OF_COVER -> ss.value() * daily;
      case SERVICE_LEVEL -> {
        double z = new NormalDistribution().inverseCumulativeProbability(ss.value());
        double variance = protection * in.dailyUnitsVariance(p) + daily * daily * leadVariance;
        yield z * Math.sqrt(variance);
      }
    };
  }

  double reorderPoint(int p) {
    return reorderPoint[p];
  }

  /** The levels used for product p. */
  DerivedLevels derived(int p) {
    return new DerivedLevels(reorderPoint[p], batch[p] > 0 ? batch[p] : Double.NaN,
        batch[p] > 0 ? Double.NaN : upTo[p], safetyStock[p]);
  }

  /** Units to order at this position, 0 when the position is above the reorder point. */
  long quantity(int p, long position) {
    double s = reorderPoint[p];
    if (position > s) {
      return 0;
    }
    if (batch[p] > 0) {
      long q = batch[p];
      // smallest multiple of q that lifts the position strictly above s
      long multiples = (long) Math.floor((s - position) / q) + 1;
      return multiples * q;
    }
    return Math.max(0, (long) Math.ceil(upTo[p] - position));
  }
}
