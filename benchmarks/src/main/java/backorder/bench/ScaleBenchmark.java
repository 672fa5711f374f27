package backorder.bench;

import backorder.model.Planning;
import backorder.model.ReplicationResult;
import backorder.policy.PlanningInputs;
import backorder.policy.PolicySpec;
import backorder.scenario.Scenario;
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
 * The cost per event against the product count (issue 14, item 4): W2's model (Poisson 20
 * orders/day per product, continuous (s, Q) = (140, 100), lead time 7 days) with 1,000, 10,000
 * or 100,000 products over the same 36.5 days (0.73, 7.3 and 73 million events), so only the
 * number of products differs. Read {@code :events} (events/s) or {@code :cpuMicros / :calls}
 * divided by the events per call; a flat cost per event means those are equal across the three.
 *
 * <p>Run (from {@code benchmarks/}): {@code java -jar target/benchmarks.jar ScaleBenchmark -f 1 -wi 2 -i 3}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
public class ScaleBenchmark {

  static final double HORIZON_DAYS = 36.5;

  @Param({"1000", "10000", "100000"})
  public int products;

  private Scenario scenario;
  private PolicySpec policy;
  private PlanningInputs inputs;

  @Setup(Level.Trial)
  public void load() {
    scenario = Workloads.scaledW2(products, HORIZON_DAYS);
    policy = scenario.policies().get(0);
    inputs = Planning.inputs(scenario);
  }

  @Benchmark
  public ReplicationResult w2Scaled(EventCount count, CpuTime cpu) {
    return Workloads.replicate(scenario, policy, inputs, 0, count, cpu);
  }
}
