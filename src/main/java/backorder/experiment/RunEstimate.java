package backorder.experiment;

import backorder.model.EventEstimate;
import backorder.model.Planning;
import backorder.policy.PlanningInputs;
import backorder.policy.PolicySpec;
import backorder.scenario.Scenario;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The size of a run before it starts: the expected events of one replication of each policy
 * ({@link EventEstimate}), summed over the policies, times the replications.
 */
public final class RunEstimate {

  private RunEstimate() {}

  /** Expected events of one replication of every policy of the scenario, summed. */
  public static double perReplication(Scenario scenario) {
    PlanningInputs inputs = Planning.inputs(scenario);
    double events = 0;
    for (PolicySpec spec : scenario.policies()) {
      events += EventEstimate.perReplication(scenario, spec, inputs);
    }
    return events;
  }

  /** Expected events of one replication of each policy of the scenario, by policy name in order. */
  public static Map<String, Double> byPolicy(Scenario scenario) {
    PlanningInputs inputs = Planning.inputs(scenario);
    Map<String, Double> events = new LinkedHashMap<>();
    for (PolicySpec spec : scenario.policies()) {
      events.put(spec.name(), EventEstimate.perReplication(scenario, spec, inputs));
    }
    return events;
  }

  /** Expected events of the whole plan: its policies over its replications. */
  public static double events(RunPlan plan) {
    return perReplication(plan.scenario()) * plan.replications();
  }
}
