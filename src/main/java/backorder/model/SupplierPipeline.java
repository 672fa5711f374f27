package backorder.model;

import backorder.random.RandomStreams;
import backorder.random.Sampler;
import backorder.scenario.Disruption;
import backorder.scenario.Supplier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * One supplier's production and shipping: each purchase order draws its own lead time (orders may
 * cross), waits its turn for capacity when capacity is finite, takes extra days under a supplier
 * delay, and is held by transit closures. Also answers what the buyer is told: the expected
 * arrival and when a closure's delay is announced.
 */
final class SupplierPipeline {

  private final Supplier supplier;
  private final Sampler production; // the whole lead time when not split
  private final Sampler transit; // null when not split
  private final UniformRandomProvider closureDraws;
  private final DelayWindow[] delays;
  private final ClosureWindow[] closures; // by start
  private double busyUntil;

  // results of the last plan(): no allocation per purchase order
  private double arrival;
  private double eta;
  private double announceAt;

  SupplierPipeline(Supplier supplier, String name, DisruptionSchedule schedule,
      RandomStreams streams) {
    this.supplier = supplier;
    UniformRandomProvider rng = streams.stream("lead-time/" + name);
    if (supplier.leadTimeDays() != null) {
      production = DistSamplers.of(supplier.leadTimeDays(), rng);
      transit = null;
    } else {
      production = DistSamplers.of(supplier.productionDays(), rng);
      transit = DistSamplers.of(supplier.transitDays(), rng);
    }
    closureDraws = streams.stream("transit-closure/" + name);
    List<DelayWindow> d = new ArrayList<>();
    List<ClosureWindow> c = new ArrayList<>();
    // only the kinds that act on a supplier's orders matter here (spikes act on demand)
    for (int i = 0; i < schedule.size(); i++) {
      DisruptionWindow w = schedule.window(i);
      Disruption src = schedule.source(i);
      if (src instanceof Disruption.SupplierDelay s && s.supplier().equals(name)) {
        d.add(new DelayWindow(w.start(), w.end(), s.extraDays(), s.capacityFactor()));
      } else if (src instanceof Disruption.TransitDisruption t && t.holds(name)) {
        c.add(new ClosureWindow(w.start(), w.end(), t.extraDays(), t.probability()));
      }
    }
    c.sort(Comparator.comparingDouble(ClosureWindow::start));
    delays = d.toArray(new DelayWindow[0]);
    closures = c.toArray(new ClosureWindow[0]);
  }

  /**
   * Plans a purchase order of {@code units} placed at {@code t}; read the outcome with
   * {@link #arrival()}, {@link #eta()} and {@link #announceAt()}.
   */
  void plan(double t, long units) {
    double extra = delayExtra(t);
    double produced = t + production.sample() + extra;
    double expectedProduced = t + supplier.meanProduction() + extra;
    if (Double.isFinite(supplier.capacityUnitsPerDay())) {
      double start = Math.max(t, busyUntil);
      busyUntil = afterWork(start, units / supplier.capacityUnitsPerDay());
      produced = Math.max(produced, busyUntil);
      expectedProduced = Math.max(expectedProduced, busyUntil);
    } else {
      double resume = afterWork(t, 0); // an outage stops even unlimited production
      produced = Math.max(produced, resume);
      expectedProduced = Math.max(expectedProduced, resume);
    }
    double due = produced + (transit == null ? 0 : transit.sample());
    eta = expectedProduced + supplier.meanTransit();
    announceAt = Double.NaN;
    for (ClosureWindow c : closures) {
      if (due >= c.start && due < c.end
          && (c.probability >= 1 || closureDraws.nextDouble() < c.probability)) {
        due = c.end + c.extraDays;
        if (Double.isNaN(announceAt)) {
          announceAt = Math.max(t, c.start);
        }
      }
    }
    arrival = due;
    if (announceAt == t) {
      eta = Math.max(eta, arrival); // the closure is already known when the order is placed
      announceAt = Double.NaN;
    }
  }

  double arrival() {
    return arrival;
  }

  double eta() {
    return eta;
  }

  /** When the buyer learns that a closure holds this order (NaN: never, or already at placement). */
  double announceAt() {
    return announceAt;
  }

  /**
   * The delay announced for orders placed at t: the extra production days of supplier delays in
   * progress, plus, while an outage (capacity factor 0) has stopped production, the days until it
   * resumes (a pure outage announces no extra days, yet every order placed in it waits for its end).
   */
  double announcedDelay(double t) {
    return delayExtra(t) + (afterWork(t, 0) - t);
  }

  /** Extra production days announced for orders placed now. */
  double delayExtra(double t) {
    double extra = 0;
    for (DelayWindow d : delays) {
      if (t >= d.start && t < d.end) {
        extra += d.extraDays;
      }
    }
    return extra;
  }

  private double capacityFactor(double t) {
    double f = 1;
    for (DelayWindow d : delays) {
      if (t >= d.start && t < d.end) {
        f *= d.capacityFactor;
      }
    }
    return f;
  }

  /** The time when {@code work} days of full-capacity production, started at {@code from}, are done. */
  private double afterWork(double from, double work) {
    double t = from;
    double left = work;
    while (true) {
      double f = capacityFactor(t);
      double change = Double.POSITIVE_INFINITY;
      for (DelayWindow d : delays) {
        if (d.start > t) {
          change = Math.min(change, d.start);
        }
        if (d.end > t) {
          change = Math.min(change, d.end);
        }
      }
      if (f > 0 && t + left / f <= change) {
        return t + left / f;
      }
      if (Double.isInfinite(change)) {
        return t + left; // no more windows: full capacity (f > 0 here by construction)
      }
      left -= f * (change - t);
      t = change;
    }
  }

  /** A supplier delay active over [start, end): extra production days, capacity multiplied. */
  private record DelayWindow(double start, double end, double extraDays, double capacityFactor) {}

  /** A transit closure over [start, end): held shipments arrive at its end plus extra days. */
  private record ClosureWindow(double start, double end, double extraDays, double probability) {}
}
