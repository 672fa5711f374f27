package backorder.policy;

/**
 * The purchasing plan: forecast daily sales, project the sell-out date from the inventory position
 * (on hand + on order − backlog), and when that date falls within production + transit + review
 * period + buffer days, order enough to cover {@code order_cover_days} of forecast demand beyond the
 * shortfall.
 */
final class PurchasingPlanPolicy extends SpecPolicy {

  private final PolicySettings.PurchasingPlan settings;
  private final int supplier;
  private final double horizonToCover;
  private final DemandForecast forecast;

  PurchasingPlanPolicy(PolicySpec spec, PolicySettings.PurchasingPlan settings, PlanningInputs in) {
    super(spec);
    this.settings = settings;
    this.supplier = in.supplierIndex(settings.supplier());
    this.horizonToCover = in.meanLeadTime()[supplier] + spec.reviewPeriodDays() + settings.bufferDays();
    this.forecast = new DemandForecast(settings.forecast(), in);
  }

  @Override
  public void review(int p, InventoryView view, OrderSink sink) {
    double cover = horizonToCover + view.announcedDelayDays(supplier);
    long position = view.position(p);
    double needed = forecast.unitsOver(p, cover);
    // the projected sell-out date (position / daily forecast) comes within the cover: order now
    if (needed <= 0 || position > needed) {
      return;
    }
    long q = (long) Math.ceil(needed - position + forecast.unitsOver(p, settings.orderCoverDays()));
    if (q > 0) {
      sink.order(p, supplier, q);
    }
  }

  @Override
  public boolean observesDemand() {
    return true;
  }

  @Override
  public void observeDay(int p, long unitsTaken) {
    forecast.observe(p, unitsTaken);
  }
}
