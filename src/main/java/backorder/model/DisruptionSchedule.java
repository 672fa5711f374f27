package backorder.model;

import backorder.random.RandomStreams;
import backorder.random.Sampler;
import backorder.scenario.Disruption;
import backorder.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * The disruptions of one replication, realised up front from their own random streams, so that
 * every policy faces the same spikes, delays and closures. Answers what each is doing at a time.
 */
final class DisruptionSchedule {

  private final List<DisruptionWindow> windows = new ArrayList<>();
  private final List<Disruption> sources = new ArrayList<>();
  private final Scenario scenario;

  DisruptionSchedule(Scenario scenario, RandomStreams streams) {
    this.scenario = scenario;
    List<Disruption> all = scenario.disruptions();
    for (int i = 0; i < all.size(); i++) {
      Disruption d = all.get(i);
      UniformRandomProvider rng = streams.stream("disruption/" + i);
      Sampler duration = DistSamplers.of(d.durationDays(), rng);
      String type = typeName(d);
      if (!d.timing().isRecurring()) {
        double start = d.timing().startDay();
        add(i, d, type, start, start + duration.sample(), false);
      } else {
        var gaps = backorder.random.Samplers.exponential(rng, d.timing().meanDaysBetween());
        double t = gaps.sample();
        while (t < scenario.horizonDays()) {
          double end = t + duration.sample();
          add(i, d, type, t, end, true);
          t = end + gaps.sample();
        }
      }
    }
  }

  private void add(int index, Disruption d, String type, double start, double end, boolean recurring) {
    windows.add(new DisruptionWindow(index, type, d.label(), start, end, recurring));
    sources.add(d);
  }

  static String typeName(Disruption d) {
    if (d instanceof Disruption.DemandSpike) {
      return "demand_spike";
    }
    return d instanceof Disruption.SupplierDelay ? "supplier_delay" : "transit_disruption";
  }

  List<DisruptionWindow> windows() {
    return windows;
  }

  int size() {
    return windows.size();
  }

  DisruptionWindow window(int i) {
    return windows.get(i);
  }

  Disruption source(int i) {
    return sources.get(i);
  }

  /** Whether window i acts on product p (spike on its SKU; delay or closure at a supplier of it). */
  boolean affects(int i, int p) {
    String sku = scenario.products().get(p).sku();
    Disruption d = sources.get(i);
    if (d instanceof Disruption.DemandSpike s) {
      return s.skus() == null || s.skus().contains(sku);
    }
    if (d instanceof Disruption.SupplierDelay s) {
      return scenario.suppliers().get(scenario.supplierIndex(s.supplier())).supplies(sku);
    }
    var closure = (Disruption.TransitDisruption) d;
    return scenario.suppliers().stream()
        .anyMatch(s -> (closure.suppliers() == null || closure.suppliers().contains(s.name()))
            && s.supplies(sku));
  }
}
