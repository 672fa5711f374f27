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
 * One whole replication of the reference workloads through {@link Experiment#replicate}: W1
 * (one SKU, 20,000 days, ~2 million events), W2 (1,000 SKUs, 365 days, ~7.4 million events) and
 * W3 (W2's SKUs sold at 10 stores replenished from one warehouse, SPEC §7, ~8.1 million events),
 * each with its scenario's first policy. Scenario loading and planning inputs are done once per
 * trial; each measured call builds a fresh world and policy, as the runner does. The replication
 * index is a parameter, so every run is seeded and repeatable; the {@link ReplicationResult} is
 * returned so JMH consumes it. The score is replications per second (throughput mode, so that
 * the {@code :events} secondary score is the engine's event rate in events per second over the
 * same calls; add {@code -bm avgt -tu ms} for milliseconds per replication instead, which turns
 * {@code :events} into time per event). Iterations last 5 s, several replications each, because
 * single-shot runs of these long methods were still warming up after several shots.
 * {@code :cpuMicros / :calls} is the CPU time of one replication (see {@link CpuTime}), the
 * figure to trust when other processes share the machine.
 *
 * <p>Run (from {@code benchmarks/}):
 * <pre>
 * mvn -B -q -DskipTests package
 * java -jar target/benchmarks.jar ReplicationBenchmark -f 2 -wi 2 -i 5 -prof gc
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class ReplicationBenchmark {

  /** Replication index: selects the named random streams (common random numbers). */
  @Param({"0", "1"})
  public int replication;

  private Scenario w1;
  private PolicySpec w1Policy;
  private PlanningInputs w1Inputs;
  private Scenario w2;
  private PolicySpec w2Policy;
  private PlanningInputs w2Inputs;
  private Scenario w3;
  private PolicySpec w3Policy;
  private PlanningInputs w3Inputs;

  @Setup(Level.Trial)
  public void load() {
    w1 = Workloads.load(Workloads.W1);
    w1Policy = w1.policies().get(0);
    w1Inputs = Planning.inputs(w1);
    w2 = Workloads.load(Workloads.W2);
    w2Policy = w2.policies().get(0);
    w2Inputs = Planning.inputs(w2);
    w3 = Workloads.load(Workloads.W3);
    w3Policy = w3.policies().get(0);
    w3Inputs = Planning.inputs(w3);
  }

  @Benchmark
  public ReplicationResult w1BaseStock(EventCount count, CpuTime cpu) {
    return Workloads.replicate(w1, w1Policy, w1Inputs, replication, count, cpu);
  }

  @Benchmark
  public ReplicationResult w2Portfolio(EventCount count, CpuTime cpu) {
    return Workloads.replicate(w2, w2Policy, w2Inputs, replication, count, cpu);
  }

  @Benchmark
  public ReplicationResult w3Network(EventCount count, CpuTime cpu) {
    return Workloads.replicate(w3, w3Policy, w3Inputs, replication, count, cpu);
  }
}
