package backorder.scenario;

/**
 * One place of a distribution network (SPEC §7): the warehouse (no {@code replenished_from}) or a
 * store replenished from it.
 *
 * @param replenishedFrom the warehouse's name for a store; null for the warehouse
 * @param transitDays warehouse → store shipping time; null for the warehouse
 * @param transitText {@code transit_days} as the scenario writes it ("1", "{dist: uniform, min: 1,
 *     max: 3}"); null for the warehouse
 * @param demandShare share of every product's customer demand arriving here; NaN for the warehouse
 */
public record Location(String name, String replenishedFrom, Dist transitDays, String transitText,
    double demandShare) {

  /** Whether this is the warehouse, which its suppliers stock. */
  public boolean isWarehouse() {
    return replenishedFrom == null;
  }
}
