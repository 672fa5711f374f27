package backorder.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Ends a run whose model does not fit the Java heap with one line saying which setting to raise
 * ({@code BACKORDER_JAVA_OPTS=-Xmx...}, which the launcher passes to Java), never a stack trace.
 */
final class OutOfMemory {

  private static final AtomicBoolean REPORTED = new AtomicBoolean();

  private OutOfMemory() {}

  /** Whether {@code e} is, or was caused by, an OutOfMemoryError. */
  static boolean causedBy(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof OutOfMemoryError) {
        return true;
      }
    }
    return false;
  }

  /** Prints the one line (once per JVM, whichever thread runs out first). */
  static void report(PrintStream err) {
    if (REPORTED.compareAndSet(false, true)) {
      err.println(line(Runtime.getRuntime().maxMemory()));
      err.flush();
    }
  }

  /** Twice a heap of {@code maxHeapBytes}, in whole gigabytes (at least 1): the heap to suggest. */
  static long suggestedHeapGb(long maxHeapBytes) {
    return Math.max(1, (2 * maxHeapBytes + (1L << 30) - 1) >> 30);
  }

  /** The line for a heap of {@code maxHeapBytes}: it suggests twice as much, in whole gigabytes. */
  static String line(long maxHeapBytes) {
    long mb = maxHeapBytes >> 20;
    long suggestGb = suggestedHeapGb(maxHeapBytes);
    return String.format(Locale.ROOT, "backorder: error: out of memory: it needs more than the"
        + " Java heap's %d MB; give Java more, e.g. BACKORDER_JAVA_OPTS=-Xmx%dg ./backorder ..."
        + " (or java -Xmx%dg -jar target/backorder.jar ...), or run fewer products, replications"
        + " or --threads", mb, suggestGb, suggestGb);
  }

  /** A handler for threads that die outside the command's own: one line and exit 1 for OOM. */
  static void installForOtherThreads() {
    Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
      if (causedBy(e)) {
        report(System.err);
        System.exit(Main.FAILED);
      }
      System.err.println("backorder: error in thread " + thread.getName() + ": " + e);
      if (System.getenv("BACKORDER_DEBUG") != null) {
        e.printStackTrace();
      }
    });
  }
}
