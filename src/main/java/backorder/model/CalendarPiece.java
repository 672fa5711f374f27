package backorder.model;

/**
 * The calendar rate over one piece of time in which neither the weekday nor the set of spikes in
 * force changes: rate(u) = constant × Π (1 + c_i·e^(−λ_i·u)), u the time since the piece began. It
 * integrates the rate and inverts the integral, so that deterministic arrivals follow a varying
 * rate exactly (the k-th order where the integrated rate reaches k). StrictMath, so that the
 * arrival times are the same on every JVM and CPU.
 */
final class CalendarPiece {

  /** Decaying spikes in force at once up to which the product is expanded into 2^n exponentials. */
  private static final int MAX_EXPANDED = 10;
  /** Simpson panels when more spikes decay at once (a scenario no analyst writes, kept finite). */
  private static final int SIMPSON_PANELS = 512;

  private final double[] coefficient;
  private final double[] decay;
  private double constant;
  private int decaying;

  CalendarPiece(int maxSpikes) {
    coefficient = new double[maxSpikes];
    decay = new double[maxSpikes];
  }

  void reset(double constant) {
    this.constant = constant;
    decaying = 0;
  }

  /** Adds a factor 1 + c·e^(−λu). */
  void addDecay(double c, double lambda) {
    coefficient[decaying] = c;
    decay[decaying] = lambda;
    decaying++;
  }

  /** The rate u days into the piece. */
  double rate(double u) {
    double r = constant;
    for (int i = 0; i < decaying; i++) {
      r *= 1 + coefficient[i] * StrictMath.exp(-decay[i] * u);
    }
    return r;
  }

  /** The integral of the rate over the first u days of the piece. */
  double integral(double u) {
    if (constant == 0 || u <= 0) {
      return 0;
    }
    if (decaying == 0) {
      return constant * u;
    }
    if (decaying > MAX_EXPANDED) {
      return simpson(u);
    }
    double sum = 0;
    for (int subset = 0; subset < 1 << decaying; subset++) {
      double c = 1;
      double lambda = 0;
      for (int i = 0; i < decaying; i++) {
        if ((subset >> i & 1) != 0) {
          c *= coefficient[i];
          lambda += decay[i];
        }
      }
      sum += lambda == 0 ? c * u : -c * StrictMath.expm1(-lambda * u) / lambda;
    }
    return constant * sum;
  }

  /**
   * The time u in [0, length] at which the integral reaches {@code need}, for 0 < need <=
   * integral(length): exact for a constant rate, else Newton's method kept inside a bisection bracket.
   */
  double timeToReach(double need, double length) {
    if (decaying == 0) {
      return Math.min(need / constant, length);
    }
    double lo = 0;
    double hi = length;
    double u = Math.min(need / rate(0), length);
    for (int step = 0; step < 200; step++) {
      double miss = integral(u) - need;
      if (Math.abs(miss) <= 1e-13 * Math.max(1, need)) {
        return u;
      }
      if (miss > 0) {
        hi = u;
      } else {
        lo = u;
      }
      double newton = u - miss / rate(u);
      u = newton > lo && newton < hi ? newton : (lo + hi) / 2;
      if (hi - lo <= Math.ulp(hi)) {
        break;
      }
    }
    return u;
  }

  private double simpson(double u) {
    double h = u / SIMPSON_PANELS;
    double sum = rate(0) + rate(u);
    for (int k = 1; k < SIMPSON_PANELS; k++) {
      sum += (k % 2 == 1 ? 4 : 2) * rate(k * h);
    }
    return sum * h / 3;
  }
}
