package backorder.bench;

import backorder.engine.EventCalendar;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Throughput of the {@link EventCalendar} in the classic hold model: the calendar holds a steady
 * number of pending events; each operation polls the earliest and schedules one new event at its
 * time plus an exponential increment, so the size never changes. One op = one event (poll +
 * schedule). Increments, priorities and payloads come from a seeded {@link SplittableRandom} and
 * are precomputed, so the loop measures the heap alone; after warm-up the calendar allocates
 * nothing ({@code -prof gc} shows ~0 B/op).
 *
 * <p>Run (from {@code benchmarks/}):
 * <pre>
 * mvn -B -q -DskipTests package
 * java -jar target/benchmarks.jar EventCalendarBenchmark -f 2 -wi 3 -i 5 -prof gc
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class EventCalendarBenchmark {

  /** Events held per invocation; the score is per event. */
  static final int HOLDS = 1024;

  /** Precomputed draws; a power of two, larger than the calendar so the cycle does not align. */
  private static final int DRAWS = 1 << 16;
  private static final int MASK = DRAWS - 1;

  /** Pending events the calendar holds throughout. */
  @Param({"1000", "10000"})
  public int pending;

  private EventCalendar calendar;
  private double[] increment;
  private int[] priority;
  private int[] payload;
  private int next;

  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(42);
    increment = new double[DRAWS];
    priority = new int[DRAWS];
    payload = new int[DRAWS];
    for (int i = 0; i < DRAWS; i++) {
      increment[i] = -Math.log(1 - random.nextDouble()); // exponential, mean 1
      priority[i] = random.nextInt(4);
      payload[i] = random.nextInt(1000);
    }
    calendar = new EventCalendar();
    for (int i = 0; i < pending; i++) {
      // initial times spread like the steady state: exponential gaps from 0, mean pending apart
      calendar.schedule(increment[i & MASK] * pending, priority[i & MASK], i & 7, payload[i & MASK]);
    }
    next = pending;
    // let the heap reach its steady shape before measuring
    for (int i = 0; i < 10 * pending / HOLDS + 1; i++) {
      hold();
    }
  }

  /** HOLDS poll-then-schedule steps; returns a sum of polled payloads so nothing is dead code. */
  @Benchmark
  @OperationsPerInvocation(HOLDS)
  public long hold() {
    EventCalendar c = calendar;
    long sum = 0;
    int k = next;
    for (int i = 0; i < HOLDS; i++) {
      c.poll();
      sum += c.a() + c.type();
      int j = k++ & MASK;
      c.schedule(c.time() + increment[j] * pending, priority[j], j & 7, payload[j]);
    }
    next = k;
    return sum;
  }

  /** One poll and one schedule per call, each value consumed by the Blackhole (no batching). */
  @Benchmark
  public void holdOne(Blackhole bh) {
    EventCalendar c = calendar;
    c.poll();
    bh.consume(c.time());
    bh.consume(c.a());
    int j = next++ & MASK;
    c.schedule(c.time() + increment[j] * pending, priority[j], j & 7, payload[j]);
  }
}
