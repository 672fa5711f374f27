package backorder.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * CPU time the benchmark thread spent in the measured calls, next to the number of calls. On a
 * shared machine the wall-clock score swings with other load; {@code cpuMicros / calls} (both are
 * summed by JMH the same way) is the CPU cost of one call and moves much less. Only the calling
 * thread is counted; these benchmarks are single-threaded and barely collect garbage.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class CpuTime {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** CPU time of the measured calls, microseconds. */
  public long cpuMicros;

  /** Measured calls. */
  public long calls;

  @Setup(Level.Iteration)
  public void reset() {
    cpuMicros = 0;
    calls = 0;
  }

  long start() {
    return THREADS.getCurrentThreadCpuTime();
  }

  void stop(long start) {
    cpuMicros += (THREADS.getCurrentThreadCpuTime() - start) / 1000;
    calls++;
  }
}
