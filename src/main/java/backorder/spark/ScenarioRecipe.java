package backorder.spark;

import backorder.experiment.RunPlan;
import backorder.model.Planning;
import backorder.policy.PlanningInputs;
import backorder.policy.PolicySpec;
import backorder.scenario.Problem;
import backorder.scenario.Scenario;
import backorder.scenario.ScenarioException;
import backorder.scenario.ScenarioLoader;
import backorder.scenario.ScenarioSource;
import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What an executor needs to rebuild the driver's scenario exactly: the shipped bytes of the file
 * and its side files, and what the run changed (seed, replications, warm-up, the chosen policies).
 * Rebuilt once per JVM that holds the recipe, however many tasks use it.
 */
final class ScenarioRecipe implements Serializable {

  private static final long serialVersionUID = 1L;

  private final ScenarioSource source;
  private final long seed;
  private final int replications;
  private final double warmupDays;
  private final List<String> policies;
  private transient volatile Rebuilt rebuilt;

  /** The scenario as the driver runs it, and the planning inputs its policies are built from. */
  record Rebuilt(Scenario scenario, PlanningInputs inputs) {}

  private ScenarioRecipe(ScenarioSource source, RunPlan plan) {
    this.source = source;
    seed = plan.seed();
    replications = plan.replications();
    warmupDays = plan.scenario().warmupDays();
    policies = plan.policies().stream().map(PolicySpec::name).toList();
  }

  /**
   * The recipe of {@code plan}, a plan derived from {@code loaded}'s scenario. Checked on the
   * driver's own objects: should a plan ever change the scenario in a way the recipe does not
   * carry, the run fails here rather than computing other numbers on the executors.
   */
  static ScenarioRecipe of(ScenarioSource.Loaded loaded, RunPlan plan) {
    ScenarioRecipe recipe = new ScenarioRecipe(loaded.source(), plan);
    if (!recipe.applyTo(loaded.scenario()).equals(plan.scenario())) {
      throw new IllegalStateException("the Spark runner cannot rebuild this plan's scenario: it"
          + " changes more than the seed, replications, warm-up and policies");
    }
    return recipe;
  }

  /** The loaded scenario with the run's changes, as {@link RunPlan} makes them. */
  Scenario applyTo(Scenario loaded) {
    List<PolicySpec> chosen = policies.stream()
        .map(name -> loaded.policies().stream().filter(p -> p.name().equals(name)).findFirst()
            .orElseThrow(() -> new IllegalStateException("no policy '" + name + "' in the scenario")))
        .toList();
    return loaded.toBuilder().seed(seed).replications(replications).warmupDays(warmupDays)
        .policies(chosen).build();
  }

  /** The scenario rebuilt from the shipped bytes (only those: no file is read), once per JVM. */
  Rebuilt rebuilt() {
    Rebuilt r = rebuilt;
    if (r == null) {
      synchronized (this) {
        r = rebuilt;
        if (r == null) {
          Scenario scenario = applyTo(load());
          r = new Rebuilt(scenario, Planning.inputs(scenario));
          rebuilt = r;
        }
      }
    }
    return r;
  }

  private Scenario load() {
    try {
      return ScenarioLoader.load(source);
    } catch (ScenarioException e) {
      // the driver loaded the same bytes without a problem: this is a fault, not invalid input
      throw new IllegalStateException("the shipped scenario did not load on the executor: "
          + e.problems().stream().map(Problem::toString).collect(Collectors.joining("; ")));
    }
  }
}
