package backorder.model;

import backorder.random.StreamBank;

/**
 * The demand processes of one world by stream index (a product, or a (store, product) key), with
 * the plain ones answered from flat arrays: a plain stream is Poisson at a constant rate whose
 * every candidate is an order of a constant size. With thousands of streams firing in random order
 * (W3: 10,000), an arrival of a plain stream then reads two array slots and its generator's state
 * in the {@link StreamBank}, all found from the index, instead of following its DemandProcess
 * object, which misses the cache. The draws are the same either way.
 */
final class DemandStreams {

  private final DemandProcess[] processes;
  private final StreamBank draws;
  /** per stream, the rate of a plain stream; NaN when its process must decide */
  private final double[] plainRate;
  /** per stream, the constant order size; 0 when its process draws it */
  private final long[] constantUnits;

  /** The streams' processes, {@code processes[k]} drawing from stream k of {@code draws} (null: none). */
  DemandStreams(StreamBank draws, DemandProcess[] processes) {
    this.processes = processes;
    this.draws = draws;
    plainRate = new double[processes.length];
    constantUnits = new long[processes.length];
    for (int k = 0; k < processes.length; k++) {
      DemandProcess d = processes[k];
      constantUnits[k] = d == null ? 0 : d.constantUnits();
      plainRate[k] = d == null || constantUnits[k] == 0 ? Double.NaN : d.plainPoissonRate();
    }
  }

  /** Stream k's process (for the streams that are not plain). */
  DemandProcess process(int k) {
    return processes[k];
  }

  /**
   * The time of stream k's first candidate; a plain stream's through {@link #nextPlain}, the same
   * draw, so that the general path (a large method once inlined) is not compiled for set-up alone.
   */
  double first(int k) {
    return isPlain(k) ? nextPlain(k, 0) : processes[k].next(0, processes[k].stateFactor(false, 0));
  }

  /** Whether stream k is plain: every candidate an order, whatever the state. */
  boolean isPlain(int k) {
    return !Double.isNaN(plainRate[k]);
  }

  /** The next order of plain stream k after t (as its process would draw it). */
  double nextPlain(int k, double t) {
    return DemandProcess.nextAtConstantRate(draws, k, t, plainRate[k]);
  }

  /** Units in stream k's next customer order: at least 1. */
  long nextOrderUnits(int k) {
    long units = constantUnits[k];
    return units > 0 ? units : processes[k].nextOrderUnits();
  }
}
