package backorder.cli;

/** Prints the wall time of each phase of a run to stderr when BACKORDER_TIMINGS is set (for measurements). */
final class PhaseClock {

  private static final boolean ENABLED = System.getenv("BACKORDER_TIMINGS") != null;
  private long last = System.nanoTime();

  void lap(String phase) {
    long now = System.nanoTime();
    if (ENABLED) {
      System.err.printf(java.util.Locale.ROOT, "%-14s %.3f s (JVM up %.3f s)%n", phase, (now - last) / 1e9,
          java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() / 1e3);
    }
    last = now;
  }
}
