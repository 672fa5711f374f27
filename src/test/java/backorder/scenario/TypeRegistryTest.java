package backorder.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The policy-type and disruption-kind registries: every registered name is documented in
 * reference.yaml (which runs as it is, so each is exercised), keys lists hold the common keys, and an
 * unregistered name is refused rather than falling into a default.
 */
class TypeRegistryTest {

  private static final Path REFERENCE = Path.of("scenarios/reference.yaml");

  @Test
  void everyRegisteredPolicyTypeAndDisruptionKind_appearsInTheReferenceScenario() throws Exception {
    String reference = Files.readString(REFERENCE);
    for (String name : PolicyTypes.names()) {
      assertTrue(reference.contains("type: " + name), "reference.yaml shows policy type " + name);
    }
    for (String name : DisruptionKinds.names()) {
      assertTrue(reference.contains("type: " + name), "reference.yaml shows disruption " + name);
    }
    Scenario s = ScenarioLoader.load(REFERENCE);
    assertEquals(PolicyTypes.names(),
        s.policies().stream().map(p -> p.type()).distinct().sorted(
            (a, b) -> PolicyTypes.names().indexOf(a) - PolicyTypes.names().indexOf(b)).toList());
    assertEquals(DisruptionKinds.names(), s.disruptions().stream().map(Disruption::kind).toList());
  }

  @Test
  void keyLists_holdTheCommonKeys_andTheTypesOwn() {
    for (String name : PolicyTypes.names()) {
      List<String> keys = PolicyTypes.keysOf(name);
      assertTrue(keys.containsAll(PolicyTypes.COMMON_KEYS), name);
      assertTrue(keys.containsAll(PolicyTypes.named(name).keys()), name);
    }
    assertTrue(PolicyTypes.keysOf(null).containsAll(List.of("supplier", "primary", "forecast")));
    assertTrue(DisruptionKinds.keysOf("supplier_delay").containsAll(
        List.of("type", "id", "start_day", "recurrence", "duration_days", "supplier")));
  }

  @Test
  void anUnregisteredName_isRefused() {
    assertThrows(IllegalArgumentException.class, () -> PolicyTypes.named("kanban"));
    assertThrows(IllegalArgumentException.class, () -> DisruptionKinds.named("strike"));
  }
}
