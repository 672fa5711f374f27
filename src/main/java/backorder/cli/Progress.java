package backorder.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on stderr for runs longer than a second, only when a person is watching (a
 * terminal) and not with --quiet; silent in CI and pipes. It shows the replications done, the
 * time elapsed and left, and the run's estimated event count ({@link RunSize}).
 */
final class Progress implements AutoCloseable {

  private long total;
  private final String estimate;
  private final boolean enabled;
  private final long startNanos = System.nanoTime();
  private ProgressBar bar;

  private Progress(long total, double events, boolean enabled) {
    this.total = total;
    this.estimate = RunSize.estimateNote(events);
    this.enabled = enabled;
  }

  /** A bar for {@code total} replications, the run estimated at {@code events} events. */
  static Progress start(long total, double events, boolean quiet) {
    return new Progress(total, events, !quiet && System.console() != null);
  }

  /** Changes the number of replications the bar runs to (a run that adds replications as it goes). */
  synchronized void expect(long newTotal) {
    total = newTotal;
    if (bar != null) {
      bar.maxHint(newTotal);
    }
  }

  synchronized void update(int done) {
    if (!enabled) {
      return;
    }
    if (bar == null && System.nanoTime() - startNanos > 1_000_000_000L && done < total) {
      bar = new ProgressBarBuilder().setTaskName("replications").setInitialMax(total)
          .setStyle(ProgressBarStyle.ASCII).setConsumer(
              new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err))
          .build();
      bar.setExtraMessage(estimate);
    }
    if (bar != null) {
      bar.stepTo(done);
    }
  }

  @Override
  public synchronized void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
