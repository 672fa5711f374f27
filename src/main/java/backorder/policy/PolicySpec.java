package backorder.policy;

/**
 * One policy as the scenario states it: the keys every type shares, plus the settings of its type.
 *
 * @param type the type's name in the scenario (as registered in the scenario's policy types)
 * @param reviewPeriodDays 0 = continuous review
 * @param offerSubstitutes whether out-of-stock customers are offered the products' substitutes
 */
public record PolicySpec(String name, String type, double reviewPeriodDays,
    boolean notifyCustomers, boolean offerSubstitutes, PolicySettings settings) {

  /** A fresh policy for one replication (policies keep state such as forecasts). */
  public Policy newPolicy(PlanningInputs inputs) {
    return settings.create(this, inputs);
  }
}
