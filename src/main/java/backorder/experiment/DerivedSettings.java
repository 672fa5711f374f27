package backorder.experiment;

import backorder.model.NetworkSetup;
import backorder.model.Planning;
import backorder.policy.DerivedLevels;
import backorder.policy.PlanningInputs;
import backorder.policy.Policy;
import backorder.policy.PolicySpec;
import backorder.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;

/**
 * The levels each policy uses per product, derived once from the scenario's planning inputs (they
 * never depend on a replication's draws), for {@code "derived"} in summary.json and the report.
 */
public final class DerivedSettings {

  private DerivedSettings() {}

  /** Per product, in scenario order. */
  public static List<DerivedLevels> of(Scenario scenario, PolicySpec spec) {
    return of(scenario, spec, Planning.inputs(scenario));
  }

  /** The same with the scenario's planning inputs already derived (once for all policies). */
  public static List<DerivedLevels> of(Scenario scenario, PolicySpec spec, PlanningInputs inputs) {
    Policy policy = spec.newPolicy(inputs);
    List<DerivedLevels> levels = new ArrayList<>();
    for (int p = 0; p < scenario.products().size(); p++) {
      levels.add(policy.derived(p));
    }
    return levels;
  }

  /**
   * In a distribution network, per location (scenario order) and product: the levels of each
   * location's own instance of the policy, with its {@code at} overrides and planning inputs.
   */
  public static List<List<DerivedLevels>> atLocations(Scenario scenario, String policy) {
    List<PolicySpec> specs = scenario.network().specsOf(policy);
    List<List<DerivedLevels>> levels = new ArrayList<>();
    for (int l = 0; l < specs.size(); l++) {
      levels.add(of(scenario, specs.get(l), NetworkSetup.inputs(scenario, l)));
    }
    return levels;
  }
}
