package backorder.policy;

/** A policy whose review period and customer-facing choices are those its spec names. */
abstract class SpecPolicy implements Policy {

  private final PolicySpec spec;

  SpecPolicy(PolicySpec spec) {
    this.spec = spec;
  }

  @Override
  public final double reviewPeriodDays() {
    return spec.reviewPeriodDays();
  }

  @Override
  public final boolean notifiesCustomers() {
    return spec.notifyCustomers();
  }

  @Override
  public final boolean offersSubstitutes() {
    return spec.offerSubstitutes();
  }
}
