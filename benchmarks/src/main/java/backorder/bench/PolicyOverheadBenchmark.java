package backorder.bench;

import backorder.model.Planning;
import backorder.model.ReplicationResult;
import backorder.policy.Forecast;
import backorder.policy.OrderQuantity;
import backorder.policy.PlanningInputs;
import backorder.policy.PolicySettings;
import backorder.policy.PolicySpec;
import backorder.policy.ReorderRule;
import backorder.scenario.Dist;
import backorder.scenario.Scenario;
import backorder.scenario.Supplier;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One W2 replication (1,000 SKUs, 365 days) under each policy family, to show what a family costs
 * beyond the event loop. The W2 scenario is loaded once and rebuilt in code with a backup supplier
 * "air" (2-day lead time, unit cost 6 against the factory's 4) and one policy:
 * <ul>
 *   <li>{@code reorder_point} — W2's own continuous (s, Q) = (140, 100) from "factory";
 *   <li>{@code multi_supplier} — the same rule, primary "factory", backup "air", mode expedite;
 *   <li>{@code purchasing_plan} — "factory", moving-average forecast over 28 days, review every
 *       day, 3 buffer days, orders covering 5 days.
 * </ul>
 * Every variant has both suppliers, so the worlds differ only in the policy (the reorder-point
 * variant never orders from "air"; its events and results are W2's exactly). The policies also
 * change how many purchase orders and waiting customers there are, so compare the {@code :events}
 * rate (events per second) as well as the score (replications per second);
 * {@code :cpuMicros / :calls} is the CPU time of one replication (see {@link CpuTime}).
 *
 * <p>Run (from {@code benchmarks/}):
 * <pre>
 * mvn -B -q -DskipTests package
 * java -jar target/benchmarks.jar PolicyOverheadBenchmark -f 2 -wi 2 -i 5
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class PolicyOverheadBenchmark {

  @Param({"reorder_point", "multi_supplier", "purchasing_plan"})
  public String family;

  @Param({"0"})
  public int replication;

  private Scenario scenario;
  private PolicySpec policy;
  private PlanningInputs inputs;

  @Setup(Level.Trial)
  public void build() {
    scenario = variant(Workloads.load(Workloads.W2), family);
    policy = scenario.policies().get(0);
    inputs = Planning.inputs(scenario);
  }

  @Benchmark
  public ReplicationResult w2(EventCount count, CpuTime cpu) {
    return Workloads.replicate(scenario, policy, inputs, replication, count, cpu);
  }

  /** W2 with the backup supplier "air" and a single policy of the given family. */
  static Scenario variant(Scenario w2, String family) {
    List<Supplier> suppliers = new ArrayList<>(w2.suppliers());
    suppliers.add(new Supplier("air", null, 6, 0, Dist.constant(2), null, null,
        Double.POSITIVE_INFINITY, 0));
    ReorderRule rule = new ReorderRule(140, null, new OrderQuantity(OrderQuantity.Kind.FIXED, 100));
    PolicySpec spec = switch (family) {
      case "reorder_point" -> new PolicySpec("s140-q100", family, 0, false, true,
          new PolicySettings.ReorderPoint("factory", rule));
      case "multi_supplier" -> new PolicySpec("expedite-air", family, 0, false, true,
          new PolicySettings.MultiSupplier("factory", List.of("air"),
              PolicySettings.MultiSupplier.Mode.EXPEDITE, java.util.Map.of(), 0, rule));
      case "purchasing_plan" -> new PolicySpec("plan-ma28", family, 1, false, true,
          new PolicySettings.PurchasingPlan("factory",
              new Forecast(Forecast.Method.MOVING_AVERAGE, 28, 0.2, 0.1), 3, 5));
      default -> throw new IllegalArgumentException("unknown policy family " + family);
    };
    return w2.toBuilder().name(w2.name() + "-" + family).suppliers(suppliers)
        .policies(List.of(spec)).build();
  }
}
