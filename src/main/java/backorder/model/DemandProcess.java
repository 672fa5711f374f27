package backorder.model;

import backorder.random.Sampler;
import backorder.scenario.Dist;
import backorder.scenario.Product;
import backorder.random.StreamBank;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * When the next customer order of a product arrives. Poisson arrivals use thinning against a bound
 * that holds for the rest of the day (the calendar part), then accept a candidate with the state
 * part (remaining customer base, scarcity boost) at the moment it arrives; the candidate sequence is
 * therefore the same under every policy. Deterministic arrivals come every 1 / rate days (where the
 * integrated rate reaches each whole number); a trace replays orders per whole day at uniformly
 * random times within it.
 */
final class DemandProcess {

  private final Product.Demand.Process kind;
  private final DemandRate rate;
  /** the arrival draws: stream {@link #stream} of the world's bank */
  private final StreamBank draws;
  private final int stream;
  private final double horizon;
  private final int[] trace;
  private final boolean varies;
  private final double maxState;
  /** the thinning bound when the calendar rate never changes: the same product every event computed */
  private final double constantBound;
  private final boolean stateDependent;
  /** whether the rate's state part can differ from 1 (else callers need not look the state up) */
  private final boolean stateFactorVaries;
  private final Sampler orderSize;
  /** the order size when it is a constant (0: drawn), read without a call through the sampler */
  private final long constantUnits;

  /** deterministic arrivals at a constant rate: the k-th order at exactly k / rate, no drift */
  private final boolean constantDeterministic;
  private long deterministicCount;

  // deterministic arrivals at a varying rate: the next order where the integrated rate reaches
  // orderTarget, walking the calendar's pieces forward (each order adds 1 / state factor)
  private final CalendarPiece piece;
  private double orderTarget;
  private double pieceStart;
  private double pieceEnd = Double.NaN; // NaN: the piece at pieceStart is not loaded yet
  private double integralBeforePiece;
  private double pieceIntegral;

  // trace position
  private int traceDay = -1;
  private int traceLeft;
  private double traceOffset;

  /**
   * @param draws the bank holding the arrival-time (and thinning) stream
   * @param stream that stream's index in the bank
   * @param sizes a separate stream for order sizes, so sizes stay aligned when arrivals shift
   */
  DemandProcess(Product product, DemandRate rate, StreamBank draws, int stream,
      UniformRandomProvider sizes, double horizon) {
    this.orderSize = DistSamplers.of(product.demand().orderSize(), sizes);
    this.constantUnits = product.demand().orderSize().kind() == Dist.Kind.CONSTANT
        ? Math.max(1, Math.round(orderSize.sample())) : 0;
    this.kind = product.demand().process();
    this.rate = rate;
    this.draws = draws;
    this.stream = stream;
    this.horizon = horizon;
    this.trace = product.demand().traceOrdersPerDay();
    this.varies = rate.variesWithinRun();
    this.maxState = rate.maxStateFactor();
    this.constantBound = rate.calendarRate(0) * maxState; // used only when !varies: then it is base
    this.stateFactorVaries = rate.dependsOnState();
    this.stateDependent = rate.dependsOnState() && kind == Product.Demand.Process.POISSON;
    this.constantDeterministic = kind == Product.Demand.Process.DETERMINISTIC && !varies
        && !rate.dependsOnState();
    this.piece = kind == Product.Demand.Process.DETERMINISTIC && !constantDeterministic
        ? new CalendarPiece(rate.spikeCount()) : null;
  }

  /**
   * Time of the next order (or, for Poisson, the next candidate, see {@link #accept}) after
   * {@code t}; +∞ when none before the horizon. {@code stateFactor} is the current state part of the
   * rate, used by deterministic arrivals.
   */
  double next(double t, double stateFactor) {
    return switch (kind) {
      case POISSON -> nextPoisson(t);
      case DETERMINISTIC -> nextDeterministic(t, stateFactor);
      case TRACE -> nextTrace();
    };
  }

  /** The state part of the rate now (see {@link DemandRate#stateFactor}). */
  double stateFactor(boolean showsBackordered, long defections) {
    return rate.stateFactor(showsBackordered, defections);
  }

  /**
   * Whether {@link #stateFactor} can differ from 1. When not, callers pass 1 and skip looking up
   * the queue and defections: with many (location, product) streams those lookups miss the cache.
   */
  boolean stateFactorVaries() {
    return stateFactorVaries;
  }

  /** Units in the next customer order: at least 1. */
  long nextOrderUnits() {
    return constantUnits > 0 ? constantUnits : Math.max(1, Math.round(orderSize.sample()));
  }

  /** The order size when it is a constant, else 0 (then {@link #nextOrderUnits} draws it). */
  long constantUnits() {
    return constantUnits;
  }

  /**
   * The rate when every candidate is an order at a constant rate (Poisson, no calendar changes, no
   * state part), else NaN: then the next order is {@link #nextAtConstantRate} at that rate.
   */
  double plainPoissonRate() {
    return kind == Product.Demand.Process.POISSON && !varies && !stateDependent
        ? constantBound : Double.NaN;
  }

  /** The next Poisson arrival after t at a constant rate, drawn from stream k of the bank. */
  static double nextAtConstantRate(StreamBank draws, int k, double t, double rate) {
    return rate > 0 ? t + draws.select(k).exponential() / rate : Double.POSITIVE_INFINITY;
  }

  /** Whether a Poisson candidate at this moment becomes an order, given the state part of the rate. */
  boolean accept(double stateFactor) {
    return !stateDependent || draws.select(stream).nextDouble() * maxState < stateFactor;
  }

  private double nextPoisson(double t) {
    if (!varies) {
      return nextAtConstantRate(draws, stream, t, constantBound);
    }
    while (t < horizon) {
      double dayEnd = Math.floor(t) + 1;
      double bound = rate.calendarBound(t, dayEnd) * maxState;
      if (bound <= 0) {
        t = dayEnd;
        continue;
      }
      double candidate = t + draws.select(stream).exponential() / bound;
      if (candidate >= dayEnd) {
        t = dayEnd; // memoryless: restart from the day boundary with the next day's bound
        continue;
      }
      if (draws.select(stream).nextDouble() * bound < rate.calendarRate(candidate) * maxState) {
        return candidate;
      }
      t = candidate;
    }
    return Double.POSITIVE_INFINITY;
  }

  /**
   * One order every 1 / rate days, the rate varying: the k-th order comes where the integral of the
   * rate from day 0 reaches k (so a day of rate 2.5 holds 2.5 orders, and a spike starting between
   * two orders takes effect at its start). The state part, known at each order, scales the rate
   * until the next one.
   */
  private double nextDeterministic(double t, double stateFactor) {
    if (constantDeterministic) {
      double r = rate.calendarRate(t);
      return r > 0 ? ++deterministicCount / r : Double.POSITIVE_INFINITY;
    }
    if (!(stateFactor > 0)) {
      return Double.POSITIVE_INFINITY; // the whole customer base has defected, for good
    }
    orderTarget += 1 / stateFactor;
    while (pieceStart < horizon) {
      if (Double.isNaN(pieceEnd)) {
        pieceEnd = Math.min(rate.nextCalendarChange(pieceStart), horizon);
        rate.loadPiece(pieceStart, piece);
        pieceIntegral = piece.integral(pieceEnd - pieceStart);
      }
      double need = orderTarget - integralBeforePiece;
      if (need <= pieceIntegral) {
        return pieceStart + piece.timeToReach(need, pieceEnd - pieceStart);
      }
      integralBeforePiece += pieceIntegral;
      pieceStart = pieceEnd;
      pieceEnd = Double.NaN;
    }
    return Double.POSITIVE_INFINITY;
  }

  private double nextTrace() {
    while (traceLeft == 0) {
      traceDay++;
      if (traceDay >= trace.length || traceDay >= horizon) {
        return Double.POSITIVE_INFINITY;
      }
      traceLeft = trace[traceDay];
      traceOffset = 0;
    }
    // the next of traceLeft sorted uniforms on [traceOffset, 1): the minimum of the rest
    traceOffset += (1 - traceOffset) * (1 - StrictMath.pow(draws.select(stream).nextDouble(), 1.0 / traceLeft));
    traceLeft--;
    return traceDay + traceOffset;
  }
}
