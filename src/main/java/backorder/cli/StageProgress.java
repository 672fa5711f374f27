package backorder.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on stderr for work made of units of replications (optimize's evaluations,
 * the matrix's scenarios): replications done with the time left, and units done out of the total;
 * shown as {@link Progress} is (runs over a second, a terminal, no --quiet).
 */
final class StageProgress implements AutoCloseable {

  private final String task;
  private final String unit;
  private final String estimate;
  private final boolean enabled;
  private final long startNanos = System.nanoTime();
  private long replications;
  private int units;
  private int unitsDone;
  private ProgressBar bar;

  private StageProgress(String task, long replications, int units, String unit, double events,
      boolean enabled) {
    this.task = task;
    this.estimate = RunSize.estimateNote(events);
    this.replications = replications;
    this.units = units;
    this.unit = unit;
    this.enabled = enabled;
  }

  /**
   * A bar for {@code replications} in all, in {@code units} units named {@code unit} (e.g.
   * "evaluations"), the work estimated at {@code events} events.
   */
  static StageProgress start(String task, long replications, int units, String unit, double events,
      boolean quiet) {
    return new StageProgress(task, replications, units, unit, events, !quiet && System.console() != null);
  }

  /** Replications finished so far. */
  synchronized void replicationsDone(long done) {
    if (!enabled) {
      return;
    }
    if (bar == null && System.nanoTime() - startNanos > 1_000_000_000L && done < replications) {
      bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(replications)
          .setStyle(ProgressBarStyle.ASCII).setUnit(" replications", 1)
          .setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
    }
    if (bar != null) {
      bar.stepTo(done);
      bar.setExtraMessage(message());
    }
  }

  /** One more unit finished. */
  synchronized void unitDone() {
    unitsDone++;
    if (bar != null) {
      bar.setExtraMessage(message());
    }
  }

  private String message() {
    return unitsDone + "/" + units + " " + unit + ", " + estimate;
  }

  /** Lowers (or raises) the totals when the work turns out smaller than planned (a search that converged). */
  synchronized void expect(long newReplications, int newUnits) {
    replications = newReplications;
    units = newUnits;
    if (bar != null) {
      bar.maxHint(newReplications);
    }
  }

  @Override
  public synchronized void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
