package backorder.report;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * On SIGTERM or SIGINT (a JVM shutdown), waits for the result files being written to finish, stops
 * every later one for good, then abandons the open {@link ResultFolder}s (their temporary folders
 * are deleted); so no write can recreate a temporary folder after the clean-up.
 */
final class WriteGuard {

  /** How long the clean-up waits for the file writes in progress. */
  private static final long DRAIN_SECONDS = 2;

  private static final ReentrantReadWriteLock WRITES = new ReentrantReadWriteLock();
  private static final Set<ResultFolder> OPEN = ConcurrentHashMap.newKeySet();
  private static volatile boolean stopping;
  private static boolean hooked;

  private WriteGuard() {}

  /**
   * Enters one file write (or directory creation): the caller unlocks the returned lock when done.
   * Once the JVM is shutting down it throws, or blocks until the JVM halts.
   */
  static Lock begin() throws IOException {
    Lock shared = WRITES.readLock();
    shared.lock();
    if (stopping) {
      shared.unlock();
      throw new IOException("shutting down: result files are no longer written");
    }
    return shared;
  }

  /** Cleans up {@code folder} on shutdown until {@link #forget} is called. */
  static synchronized void watch(ResultFolder folder) throws IOException {
    if (!hooked) {
      try {
        Runtime.getRuntime().addShutdownHook(new Cleanup());
      } catch (IllegalStateException e) {
        throw new IOException("shutting down: no new results folder", e);
      }
      hooked = true;
    }
    OPEN.add(folder);
  }

  static void forget(ResultFolder folder) {
    OPEN.remove(folder);
  }

  /** The shutdown hook (a class, not a lambda: nothing to bootstrap on the way to a run). */
  private static final class Cleanup extends Thread {
    Cleanup() {
      super("result-folder-cleanup");
    }

    @Override
    public void run() {
      shutDown();
    }
  }

  private static void shutDown() {
    stopping = true;
    try {
      // held until the JVM halts: writers waiting for it never run
      WRITES.writeLock().tryLock(DRAIN_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    for (ResultFolder folder : OPEN) {
      folder.abandon();
    }
  }
}
