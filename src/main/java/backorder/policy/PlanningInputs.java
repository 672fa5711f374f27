package backorder.policy;

import java.util.List;

/**
 * What a planner knows before the run: expected demand per product and expected lead times per
 * supplier, from the scenario's parameters (never from a replication's random draws).
 *
 * @param meanOrdersPerDay expected customer orders per day, per product
 * @param orderSizeMean mean units per order, per product
 * @param orderSizeSecondMoment E[size²], per product
 * @param poissonArrivals whether the product's order arrivals are Poisson (else deterministic)
 * @param supplierNames supplier names in scenario order (their index is the supplier id)
 * @param meanLeadTime expected lead time (production + transit) per supplier
 * @param leadTimeVariance variance of the lead time per supplier
 * @param supplies supplies[s][p]: supplier s delivers product p
 */
public record PlanningInputs(
    double[] meanOrdersPerDay,
    double[] orderSizeMean,
    double[] orderSizeSecondMoment,
    boolean[] poissonArrivals,
    List<String> supplierNames,
    double[] meanLeadTime,
    double[] leadTimeVariance,
    boolean[][] supplies) {

  public int productCount() {
    return meanOrdersPerDay.length;
  }

  public int supplierIndex(String name) {
    return supplierNames.indexOf(name);
  }

  /** Expected units demanded per day. */
  public double meanDailyUnits(int p) {
    return meanOrdersPerDay[p] * orderSizeMean[p];
  }

  /**
   * Variance of units demanded per day: compound Poisson λ·E[S²]; with deterministic arrivals only
   * the order size varies, λ·Var(S).
   */
  public double dailyUnitsVariance(int p) {
    double lambda = meanOrdersPerDay[p];
    if (poissonArrivals[p]) {
      return lambda * orderSizeSecondMoment[p];
    }
    double m = orderSizeMean[p];
    return lambda * (orderSizeSecondMoment[p] - m * m);
  }
}
