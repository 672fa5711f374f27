package backorder.model;

import backorder.random.RandomStreams;
import backorder.random.Sampler;
import backorder.scenario.Disruption;
import backorder.scenario.DisruptionIds;
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
    List<String> ids = DisruptionIds.of(all);
    for (int i = 0; i < all.size(); i++) {
      Disruption d = all.get(i);
      // keyed by identity, not position: inserting a disruption leaves the others' draws alone
      UniformRandomProvider rng = streams.stream("disruption/" + ids.get(i));
      Sampler duration = DistSamplers.of(d.durationDays(), rng);
      if (!d.timing().isRecurring()) {
        double start = d.timing().startDay();
        add(i, ids.get(i), d, start, start + duration.sample(), false);
      } else {
        var gaps = backorder.random.Samplers.exponential(rng, d.timing().meanDaysBetween());
        double t = gaps.sample();
        while (t < scenario.horizonDays()) {
          double end = t + duration.sample();
          add(i, ids.get(i), d, t, end, true);
          t = end + gaps.sample();
        }
      }
    }
  }

  private void add(int index, String id, Disruption d, double start, double end,
      boolean recurring) {
    windows.add(new DisruptionWindow(index, id, d.kind(), d.label(), start, end, recurring));
    sources.add(d);
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
    return sources.get(i).affects(scenario.products().get(p).sku(), scenario.suppliers());
  }
}
