package backorder.scenario;

import java.nio.file.Path;
import java.util.List;

/**
 * One validated scenario (SPEC §1): the world and the policies to compare in it. Immutable; built
 * once by {@link ScenarioLoader}.
 *
 * @param objective how the report picks the recommended policy (see scenarios/reference.yaml)
 * @param sha256 hex SHA-256 of the file's bytes, for the run manifest
 */
public record Scenario(
    Path file,
    String name,
    String description,
    double horizonDays,
    double warmupDays,
    int replications,
    long seed,
    List<Product> products,
    List<Supplier> suppliers,
    List<Disruption> disruptions,
    List<backorder.policy.PolicySpec> policies,
    Objective objective,
    String sha256) {

  public int supplierIndex(String name) {
    for (int i = 0; i < suppliers.size(); i++) {
      if (suppliers.get(i).name().equals(name)) {
        return i;
      }
    }
    return -1;
  }

  /** The report's choice rule: which metric wins, and the fill-rate tolerance before cost decides. */
  public record Objective(String metric, boolean minimize, double fillRateTolerance) {
    /** Default: lowest total cost among policies whose fill rate is within 1 point of the best. */
    public static final Objective DEFAULT = new Objective("total_cost", true, 0.01);
  }
}
