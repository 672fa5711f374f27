package backorder.model;

import backorder.random.StreamBank;

/**
 * The demand processes of one world by stream index (a product, or a (store, product) key), with
 * the plain ones answered from a flat array: a plain stream is Poisson at a constant rate whose
 * every candidate is an order of a constant size. With thousands of streams firing in random order
 * (W3: 10,000), an arrival of a plain stream then reads its rate and order size, side by side, and
 * its generator's state in the {@link StreamBank}, all found from the index, instead of following
 * its DemandProcess object, which misses the cache. The draws are the same either way.
 */
final class DemandStreams {

  private final DemandProcess[] processes;
  private final StreamBank draws;
  /**
   * per stream k, at 2k the raw bits of a plain stream's rate (NaN when its process must decide),
   * at 2k + 1 the constant order size (0 when its process draws it)
   */
  private final long[] plain;

  /** The streams' processes, {@code processes[k]} drawing from stream k of {@code draws} (null: none). */
  DemandStreams(StreamBank draws, DemandProcess[] processes) {
    this.processes = processes;
    this.draws = draws;
    plain = new long[2 * processes.length];
    for (int k = 0; k < processes.length; k++) {
      DemandProcess d = processes[k];
      long units = d == null ? 0 : d.constantUnits();
      double rate = d == null || units == 0 ? Double.NaN : d.plainPoissonRate();
      plain[2 * k] = Double.doubleToRawLongBits(rate);
      plain[2 * k + 1] = units;
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
    return !Double.isNaN(Double.longBitsToDouble(plain[2 * k]));
  }

  /** The next order of plain stream k after t (as its process would draw it). */
  double nextPlain(int k, double t) {
    return DemandProcess.nextAtConstantRate(draws, k, t, Double.longBitsToDouble(plain[2 * k]));
  }

  /** Units in stream k's next customer order: at least 1. */
  long nextOrderUnits(int k) {
    long units = plain[2 * k + 1];
    return units > 0 ? units : processes[k].nextOrderUnits();
  }
}
