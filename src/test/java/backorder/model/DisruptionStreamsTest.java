package backorder.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backorder.random.RandomStreams;
import backorder.scenario.Disruption;
import backorder.scenario.Dist;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A disruption's draws depend on its identity, not its position: inserting another disruption in
 * front of a recurring closure leaves the closure's realised windows unchanged (common random
 * numbers across scenario variants).
 */
class DisruptionStreamsTest {

  private static final Disruption CLOSURES = new Disruption.TransitDisruption(null,
      Disruption.Timing.recurring(20), new Dist(Dist.Kind.UNIFORM, 1, 4, 0, null, null), 2, 1);

  private static List<DisruptionWindow> closureWindows(List<Disruption> disruptions, int rep) {
    WorldBuilder b = new WorldBuilder();
    b.horizon = 365;
    b.disruptions.addAll(disruptions);
    b.reorderPoint("rop", 5, 10, 0);
    var scenario = b.build();
    var schedule = new DisruptionSchedule(scenario, new RandomStreams(scenario.seed(), rep));
    return schedule.windows().stream().filter(w -> w.type().equals("transit_disruption"))
        .map(w -> new DisruptionWindow(0, w.id(), w.type(), w.label(), w.start(), w.end(),
            w.recurring()))
        .toList();
  }

  @Test
  void insertingASpike_leavesARecurringClosuresWindowsUnchanged() {
    Disruption spike = new Disruption.DemandSpike(null, Disruption.Timing.at(40),
        new Dist(Dist.Kind.EXPONENTIAL, 10, 0, 0, null, null), 3, Double.NaN);
    for (int rep = 0; rep < 5; rep++) {
      List<DisruptionWindow> alone = closureWindows(List.of(CLOSURES), rep);
      List<DisruptionWindow> behindSpike = closureWindows(List.of(spike, CLOSURES), rep);
      assertTrue(alone.size() > 5, "a year of closures every ~20 days");
      assertEquals(alone, behindSpike, "replication " + rep);
    }
  }
}
