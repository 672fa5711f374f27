package backorder.bench;

import backorder.experiment.Experiment;
import backorder.model.ReplicationResult;
import backorder.policy.PlanningInputs;
import backorder.policy.PolicySpec;
import backorder.scenario.Scenario;
import backorder.scenario.ScenarioException;
import backorder.scenario.ScenarioLoader;
import java.nio.file.Files;
import java.nio.file.Path;

/** Finds and loads the reference workloads in {@code benchmarks/scenarios/}. */
final class Workloads {

  static final String W1 = "w1-base-stock.yaml";
  static final String W2 = "w2-portfolio.yaml";
  static final String W3 = "w3-network.yaml";

  private Workloads() {}

  /**
   * Loads {@code scenarios/<file>} relative to the working directory, falling back to
   * {@code benchmarks/scenarios/<file>} so the jar runs from {@code benchmarks/} or the repository
   * root alike.
   */
  static Scenario load(String file) {
    Path dir = Path.of(System.getProperty("user.dir"));
    Path path = dir.resolve("scenarios").resolve(file);
    if (!Files.isRegularFile(path)) {
      path = dir.resolve("benchmarks").resolve("scenarios").resolve(file);
    }
    if (!Files.isRegularFile(path)) {
      throw new IllegalStateException("cannot find scenarios/" + file + " or benchmarks/scenarios/"
          + file + " under " + dir + "; run from benchmarks/ or the repository root");
    }
    try {
      return ScenarioLoader.load(path);
    } catch (ScenarioException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  /** One replication, counting its events and the CPU time of the benchmark thread. */
  static ReplicationResult replicate(Scenario scenario, PolicySpec policy, PlanningInputs inputs,
      int replication, EventCount count, CpuTime cpu) {
    long start = cpu.start();
    ReplicationResult r = Experiment.replicate(scenario, policy, inputs, replication);
    cpu.stop(start);
    count.events += r.events();
    return r;
  }
}
