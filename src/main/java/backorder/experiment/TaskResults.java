package backorder.experiment;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waits for a pool task and rethrows what it threw as itself (not wrapped), so messages reach the user. */
public final class TaskResults {

  private TaskResults() {}

  public static <T> T get(Future<T> f) throws InterruptedException {
    try {
      return f.get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      if (cause instanceof InterruptedException ie) {
        throw ie;
      }
      throw new IllegalStateException(cause);
    }
  }
}
