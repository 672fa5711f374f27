package backorder.model;

import backorder.random.RandomStreams;
import backorder.random.Sampler;
import backorder.scenario.Disruption;
import backorder.scenario.Location;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * The road from the warehouse to one store (SPEC §7): each shipment draws its transit time from the
 * store's own stream ({@code transit/<store>}), and a {@code transit_disruption} naming the store
 * holds shipments due while it is active until it ends, plus its extra days.
 */
final class StoreLane {

  private final Sampler transit;
  private final double meanTransit;
  private final UniformRandomProvider closureDraws;
  private final double[] start;
  private final double[] end;
  private final double[] extraDays;
  private final double[] probability;

  StoreLane(Location store, DisruptionSchedule schedule, RandomStreams streams) {
    transit = DistSamplers.of(store.transitDays(), streams.stream("transit/" + store.name()));
    meanTransit = store.transitDays().mean();
    closureDraws = streams.stream("transit-closure/@" + store.name());
    List<double[]> held = new ArrayList<>();
    for (int i = 0; i < schedule.size(); i++) {
      if (schedule.source(i) instanceof Disruption.TransitDisruption t
          && t.holdsShipmentsTo(store.name())) {
        DisruptionWindow w = schedule.window(i);
        held.add(new double[] {w.start(), w.end(), t.extraDays(), t.probability()});
      }
    }
    held.sort(Comparator.comparingDouble(c -> c[0]));
    start = held.stream().mapToDouble(c -> c[0]).toArray();
    end = held.stream().mapToDouble(c -> c[1]).toArray();
    extraDays = held.stream().mapToDouble(c -> c[2]).toArray();
    probability = held.stream().mapToDouble(c -> c[3]).toArray();
  }

  /** When a shipment leaving the warehouse at t arrives at the store. */
  double arrival(double t) {
    double due = t + transit.sample();
    for (int i = 0; i < start.length; i++) {
      if (due >= start[i] && due < end[i]
          && (probability[i] >= 1 || closureDraws.nextDouble() < probability[i])) {
        due = end[i] + extraDays[i];
      }
    }
    return due;
  }

  /** Expected transit days (what the store's buyer expects without a closure). */
  double meanTransit() {
    return meanTransit;
  }
}
