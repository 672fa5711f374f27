package backorder.cli;

import backorder.experiment.ExperimentResult;
import backorder.experiment.Sweep;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * The sweep's progress bar on stderr: replications done with the time left, and grid points done
 * out of the total; shown as {@link Progress} is (runs over a second, a terminal, no --quiet).
 */
final class SweepProgress implements Sweep.Listener, AutoCloseable {

  private final long replications;
  private final int points;
  private final String estimate;
  private final boolean enabled;
  private final long startNanos = System.nanoTime();
  private int pointsDone;
  private ProgressBar bar;

  private SweepProgress(long replications, int points, double events, boolean enabled) {
    this.replications = replications;
    this.estimate = RunSize.estimateNote(events);
    this.points = points;
    this.enabled = enabled;
  }

  /** A bar for {@code replications} over {@code points} grid points, estimated at {@code events} events. */
  static SweepProgress start(long replications, int points, double events, boolean quiet) {
    return new SweepProgress(replications, points, events, !quiet && System.console() != null);
  }

  @Override
  public synchronized void replicationsDone(long done) {
    if (!enabled) {
      return;
    }
    if (bar == null && System.nanoTime() - startNanos > 1_000_000_000L && done < replications) {
      bar = new ProgressBarBuilder().setTaskName("sweep").setInitialMax(replications)
          .setStyle(ProgressBarStyle.ASCII).setUnit(" replications", 1)
          .setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
    }
    if (bar != null) {
      bar.stepTo(done);
      bar.setExtraMessage(pointsDone + "/" + points + " points, " + estimate);
    }
  }

  @Override
  public synchronized void pointDone(int point, ExperimentResult result) {
    pointsDone++;
    if (bar != null) {
      bar.setExtraMessage(pointsDone + "/" + points + " points, " + estimate);
    }
  }

  @Override
  public synchronized void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
