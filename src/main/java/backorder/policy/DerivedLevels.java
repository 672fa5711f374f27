package backorder.policy;

/**
 * The levels a policy actually uses for one product, so that a service level or days of cover can
 * be traced to the units it implied. NaN where the policy type has no such level (a purchasing
 * plan's trigger moves with its forecast, so it has none of them).
 *
 * @param reorderPoint s: order when the inventory position is at or below it
 * @param orderQuantity the batch Q (orders are multiples of it); NaN when ordering up to a level
 * @param orderUpTo the level S orders lift the position to; NaN with a batch
 * @param safetyStock s minus the expected demand over lead time plus review period (implied when
 *     the reorder point is given, negative when s is below that demand)
 */
public record DerivedLevels(double reorderPoint, double orderQuantity, double orderUpTo,
    double safetyStock) {

  /** For policy types without fixed levels. */
  public static final DerivedLevels NONE =
      new DerivedLevels(Double.NaN, Double.NaN, Double.NaN, Double.NaN);
}
