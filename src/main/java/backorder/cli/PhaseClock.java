package backorder.cli;

import java.lang.management.ManagementFactory;

/**
 * Prints the wall time of each phase of a run to stderr when BACKORDER_TIMINGS is set (for measurements),
 * with the CPU time the whole process spent in it (all threads: the JIT compiler and GC too), which a busy
 * shared machine disturbs far less than wall time.
 */
final class PhaseClock {

  private static final boolean ENABLED = System.getenv("BACKORDER_TIMINGS") != null;
  private long last = System.nanoTime();
  private long lastCpu = processCpuNanos();

  void lap(String phase) {
    long now = System.nanoTime();
    long cpu = processCpuNanos();
    if (ENABLED) {
      System.err.printf(java.util.Locale.ROOT, "%-14s %.3f s (JVM up %.3f s, process CPU %.3f s)%n", phase,
          (now - last) / 1e9, ManagementFactory.getRuntimeMXBean().getUptime() / 1e3, (cpu - lastCpu) / 1e9);
    }
    last = now;
    lastCpu = cpu;
  }

  /** CPU time of every thread of this JVM so far, or 0 where the platform does not say. */
  private static long processCpuNanos() {
    if (!ENABLED) {
      return 0;
    }
    return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
        ? Math.max(0, os.getProcessCpuTime()) : 0;
  }
}
