package backorder.policy;

/** Safety stock: one supplier; order when the inventory position falls to the reorder point. */
final class ReorderPointPolicy extends SpecPolicy {

  private final int supplier;
  private final ReorderLevels levels;

  ReorderPointPolicy(PolicySpec spec, PolicySettings.ReorderPoint settings, PlanningInputs in) {
    super(spec);
    this.supplier = in.supplierIndex(settings.supplier());
    this.levels = new ReorderLevels(settings.rule(), in, in.meanLeadTime()[supplier],
        in.leadTimeVariance()[supplier], spec.reviewPeriodDays());
  }

  @Override
  public void review(int product, InventoryView view, OrderSink sink) {
    long q = levels.quantity(product, view.position(product));
    if (q > 0) {
      sink.order(product, supplier, q);
    }
  }

  @Override
  public DerivedLevels derived(int product) {
    return levels.derived(product);
  }
}
