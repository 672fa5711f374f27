package backorder.policy;

/**
 * The reorder point and quantity shared by {@code reorder_point} and {@code multi_supplier}.
 *
 * @param reorderPoint given reorder point, NaN when derived from {@code safetyStock}
 * @param safetyStock used when {@code reorderPoint} is NaN
 */
public record ReorderRule(double reorderPoint, SafetyStock safetyStock, OrderQuantity quantity) {}
