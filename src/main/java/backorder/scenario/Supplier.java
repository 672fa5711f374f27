package backorder.scenario;

import java.util.Set;

/**
 * A source of purchase orders.
 *
 * @param skus products it supplies; null = every product
 * @param leadTimeDays total lead time, or null when given as production + transit
 * @param productionDays null when {@code leadTimeDays} is given
 * @param transitDays null when {@code leadTimeDays} is given
 * @param capacityUnitsPerDay production capacity shared by its open orders; infinity = unlimited
 */
public record Supplier(
    String name,
    Set<String> skus,
    double unitCost,
    double orderCost,
    Dist leadTimeDays,
    Dist productionDays,
    Dist transitDays,
    double capacityUnitsPerDay,
    long minOrderUnits) {

  public boolean supplies(String sku) {
    return skus == null || skus.contains(sku);
  }

  /** Expected total lead time (production + transit), without capacity queueing. */
  public double meanLeadTime() {
    return leadTimeDays != null ? leadTimeDays.mean() : productionDays.mean() + transitDays.mean();
  }

  /** The longest lead time a draw can give (production + transit): +∞ when unbounded. */
  public double longestLeadTime() {
    return leadTimeDays != null ? leadTimeDays.max() : productionDays.max() + transitDays.max();
  }

  public double leadTimeVariance() {
    return leadTimeDays != null
        ? leadTimeDays.variance()
        : productionDays.variance() + transitDays.variance();
  }

  /** Expected production part (the whole lead time when not split). */
  public double meanProduction() {
    return leadTimeDays != null ? leadTimeDays.mean() : productionDays.mean();
  }

  /** Expected transit part (0 when the lead time is not split). */
  public double meanTransit() {
    return leadTimeDays != null ? 0 : transitDays.mean();
  }
}
