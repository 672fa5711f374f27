package backorder.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Disruption identities: explicit ids win, defaults name the kind and timing, collisions get #k. */
class DisruptionIdsTest {

  private static Disruption spike(double start, String id) {
    return new Disruption.DemandSpike(null, Disruption.Timing.at(start), Dist.constant(3), 2,
        Double.NaN, id);
  }

  private static Disruption closures(double gap) {
    return new Disruption.TransitDisruption(null, Disruption.Timing.recurring(gap),
        Dist.constant(2), 0, 1);
  }

  @Test
  void defaults_nameKindAndStart_orKindAndMeanGap() {
    assertEquals(List.of("demand_spike@30", "transit_disruption~90", "demand_spike@12.5"),
        DisruptionIds.of(List.of(spike(30, null), closures(90), spike(12.5, null))));
  }

  @Test
  void laterCollisions_getASuffix_andTheFirstKeepsItsName() {
    assertEquals(List.of("demand_spike@30", "demand_spike@30#2", "demand_spike@30#3"),
        DisruptionIds.of(List.of(spike(30, null), spike(30, null), spike(30, null))));
  }

  @Test
  void explicitIds_areKept_andDefaultsStepAroundThem() {
    assertEquals(List.of("demand_spike@30#2", "demand_spike@30", "launch"),
        DisruptionIds.of(List.of(spike(30, null), spike(31, "demand_spike@30"), spike(5, "launch"))));
  }

  @Test
  void insertingADisruption_leavesTheOthersIdentities() {
    List<String> before = DisruptionIds.of(List.of(spike(30, null), closures(90)));
    List<String> after = DisruptionIds.of(List.of(spike(10, null), spike(30, null), closures(90)));
    assertEquals(before, after.subList(1, 3));
  }
}
