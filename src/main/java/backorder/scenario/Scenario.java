package backorder.scenario;

import backorder.metric.Objective;
import java.nio.file.Path;
import java.util.List;

/**
 * One validated scenario (SPEC §1): the world and the policies to compare in it. Immutable; built
 * once by {@link ScenarioLoader}.
 *
 * @param objective how the report picks the recommended policy (see scenarios/reference.yaml)
 * @param currency what money is counted in, shown in money labels ("EUR", "$"), or null for none
 * @param sha256 hex SHA-256 of the file's bytes, for the run manifest
 * @param network the distribution network (SPEC §7), or null: every product stocked at one place
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
    String currency,
    String sha256,
    Network network) {

  /** A scenario without locations (every product stocked at one place). */
  public Scenario(Path file, String name, String description, double horizonDays,
      double warmupDays, int replications, long seed, List<Product> products,
      List<Supplier> suppliers, List<Disruption> disruptions,
      List<backorder.policy.PolicySpec> policies, Objective objective, String currency,
      String sha256) {
    this(file, name, description, horizonDays, warmupDays, replications, seed, products,
        suppliers, disruptions, policies, objective, currency, sha256, null);
  }

  /** A builder holding this scenario's values, to change a few of them (a variant, a test world). */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Starts a scenario from nothing: every list empty, one replication, seed 1, the default objective. */
  public static Builder builder(Path file, String name) {
    return new Builder(new Scenario(file, name, "", 1, 0, 1, 1, List.of(), List.of(), List.of(),
        List.of(), Objective.DEFAULT, null, ""));
  }

  /** Named setters for a copy of a scenario; lists are copied when built. */
  public static final class Builder {
    private Path file;
    private String name;
    private String description;
    private double horizonDays;
    private double warmupDays;
    private int replications;
    private long seed;
    private List<Product> products;
    private List<Supplier> suppliers;
    private List<Disruption> disruptions;
    private List<backorder.policy.PolicySpec> policies;
    private Objective objective;
    private String currency;
    private String sha256;
    private Network network;

    private Builder(Scenario s) {
      file = s.file;
      name = s.name;
      description = s.description;
      horizonDays = s.horizonDays;
      warmupDays = s.warmupDays;
      replications = s.replications;
      seed = s.seed;
      products = s.products;
      suppliers = s.suppliers;
      disruptions = s.disruptions;
      policies = s.policies;
      objective = s.objective;
      currency = s.currency;
      sha256 = s.sha256;
      network = s.network;
    }

    public Builder name(String v) { name = v; return this; }
    public Builder description(String v) { description = v; return this; }
    public Builder horizonDays(double v) { horizonDays = v; return this; }
    public Builder warmupDays(double v) { warmupDays = v; return this; }
    public Builder replications(int v) { replications = v; return this; }
    public Builder seed(long v) { seed = v; return this; }
    public Builder products(List<Product> v) { products = v; return this; }
    public Builder suppliers(List<Supplier> v) { suppliers = v; return this; }
    public Builder disruptions(List<Disruption> v) { disruptions = v; return this; }
    public Builder policies(List<backorder.policy.PolicySpec> v) { policies = v; return this; }
    public Builder objective(Objective v) { objective = v; return this; }
    public Builder currency(String v) { currency = v; return this; }
    public Builder sha256(String v) { sha256 = v; return this; }
    public Builder network(Network v) { network = v; return this; }

    public Scenario build() {
      return new Scenario(file, name, description, horizonDays, warmupDays, replications, seed,
          List.copyOf(products), List.copyOf(suppliers), List.copyOf(disruptions),
          List.copyOf(policies), objective, currency, sha256, network);
    }
  }

  public int supplierIndex(String name) {
    for (int i = 0; i < suppliers.size(); i++) {
      if (suppliers.get(i).name().equals(name)) {
        return i;
      }
    }
    return -1;
  }
}
