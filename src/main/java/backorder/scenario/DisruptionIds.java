package backorder.scenario;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The stable identity of each disruption, which names its random stream: the scenario's
 * {@code id:} when given, else its kind and start ({@code demand_spike@30}) or kind and mean gap
 * ({@code transit_disruption~90}); a later disruption whose default collides gets {@code #2},
 * {@code #3}. Inserting a disruption therefore leaves the others' draws alone, which is what
 * common random numbers across scenario variants rely on.
 */
public final class DisruptionIds {

  private DisruptionIds() {}

  /** One identity per disruption, in list order. */
  public static List<String> of(List<Disruption> disruptions) {
    Set<String> taken = new HashSet<>();
    for (Disruption d : disruptions) {
      if (d.id() != null) {
        taken.add(d.id());
      }
    }
    List<String> ids = new ArrayList<>();
    for (Disruption d : disruptions) {
      if (d.id() != null) {
        ids.add(d.id());
        continue;
      }
      String base = defaultId(d);
      String id = base;
      for (int k = 2; taken.contains(id); k++) {
        id = base + "#" + k;
      }
      taken.add(id);
      ids.add(id);
    }
    return ids;
  }

  static String defaultId(Disruption d) {
    Disruption.Timing t = d.timing();
    return t.isRecurring() ? d.kind() + "~" + Check.format(t.meanDaysBetween())
        : d.kind() + "@" + Check.format(t.startDay());
  }
}
