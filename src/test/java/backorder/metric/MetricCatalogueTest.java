package backorder.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The catalogue's entries are complete and can be found by the names files and scenarios use. */
class MetricCatalogueTest {

  @Test
  void everyEntry_hasAUniqueSnakeCaseKey_aLabelAndAUnit() {
    Set<String> keys = new HashSet<>();
    Set<String> labels = new HashSet<>();
    for (Metric m : Metric.values()) {
      assertTrue(m.key().matches("[a-z0-9]+(_[a-z0-9]+)*"), m.key());
      assertTrue(keys.add(m.key()), "duplicate key " + m.key());
      assertTrue(labels.add(m.label()), "duplicate label " + m.label());
      assertFalse(m.unit().isBlank(), m.key() + " has no unit");
      assertEquals(Optional.of(m), Metric.byKey(m.key()));
    }
    assertEquals(Metric.COUNT, keys.size());
  }

  @Test
  void unitsFollowTheKind() {
    for (Metric m : Metric.values()) {
      switch (m.kind()) {
        case MONEY -> assertEquals("currency", m.unit(), m.key());
        case RATIO -> assertEquals("%", m.unit(), m.key());
        case DAYS -> assertEquals("days", m.unit(), m.key());
        case LEVEL -> assertEquals("units", m.unit(), m.key());
        case COUNT -> assertFalse(Set.of("currency", "%", "days").contains(m.unit()), m.key());
      }
    }
  }

  @Test
  void purchaseOrdersCrossed_isDescribedLikeTheOthers() {
    Metric m = Metric.byKey("purchase_orders_crossed").orElseThrow();
    assertEquals("Purchase orders crossed", m.label());
    assertEquals("orders", m.unit());
    assertEquals(Metric.Kind.COUNT, m.kind());
  }

  @Test
  void unknownKey_isEmpty_notAnError() {
    assertEquals(Optional.empty(), Metric.byKey("carbon_kg"));
    assertFalse(Metric.byKey("FILL_RATE").isPresent(), "keys, not constant names");
  }

  @Test
  void rankedMetrics_areThoseWithADirection_andIncludeTheDefaultObjective() {
    assertTrue(Metric.ranked().contains(Metric.byKey(Objective.DEFAULT.metric()).orElseThrow()));
    for (Metric m : Metric.values()) {
      assertEquals(m.direction() != Metric.Direction.NEITHER, Metric.ranked().contains(m), m.key());
    }
  }

  @Test
  void defaultObjective_isHighestNetValue_withoutConstraints() {
    assertEquals(new Objective("net_value", false, List.of(), Double.NaN), Objective.DEFAULT);
    assertEquals("max", Objective.DEFAULT.direction());
    assertFalse(Objective.DEFAULT.usesFillRateTolerance());
    assertTrue(new Objective("total_cost", true, List.of(), 0.01).usesFillRateTolerance());
  }
}
