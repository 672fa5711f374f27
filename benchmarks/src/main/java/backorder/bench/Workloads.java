package backorder.bench;

import backorder.experiment.Experiment;
import backorder.model.ReplicationResult;
import backorder.policy.PlanningInputs;
import backorder.policy.PolicySpec;
import backorder.scenario.Scenario;
import backorder.scenario.ScenarioException;
import backorder.scenario.ScenarioLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
    try {
      return ScenarioLoader.load(pathOf(file));
    } catch (ScenarioException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  private static Path pathOf(String file) {
    Path dir = Path.of(System.getProperty("user.dir"));
    Path path = dir.resolve("scenarios").resolve(file);
    if (!Files.isRegularFile(path)) {
      path = dir.resolve("benchmarks").resolve("scenarios").resolve(file);
    }
    if (!Files.isRegularFile(path)) {
      throw new IllegalStateException("cannot find scenarios/" + file + " or benchmarks/scenarios/"
          + file + " under " + dir + "; run from benchmarks/ or the repository root");
    }
    return path;
  }

  /**
   * W2 with {@code products} rows in its catalogue and the given horizon: a copy of its file with
   * those two keys changed, written with the catalogue to a temporary folder and loaded from there.
   */
  static Scenario scaledW2(int products, double horizonDays) {
    try {
      Path dir = Files.createTempDirectory("scaled-w2");
      List<String> skus = new ArrayList<>(products + 1);
      skus.add("sku");
      for (int i = 0; i < products; i++) {
        skus.add(String.format("SKU-%06d", i));
      }
      Files.write(dir.resolve("catalog.csv"), skus);
      String yaml = Files.readString(pathOf(W2))
          .replaceFirst("(?m)^horizon_days: .*$", "horizon_days: " + horizonDays)
          .replaceFirst("(?m)^product_catalog: .*$", "product_catalog: catalog.csv")
          .replaceFirst("(?m)^name: .*$", "name: w2-scaled-" + products);
      Path file = dir.resolve("w2-scaled.yaml");
      Files.writeString(file, yaml);
      return ScenarioLoader.load(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
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
