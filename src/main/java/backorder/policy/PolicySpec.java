package backorder.policy;

/**
 * One policy as the scenario states it: the keys every type shares, plus the settings of its type.
 *
 * @param reviewPeriodDays 0 = continuous review
 */
public record PolicySpec(String name, String type, double reviewPeriodDays,
    boolean notifyCustomers, PolicySettings settings) {}
