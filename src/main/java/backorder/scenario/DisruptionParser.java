package backorder.scenario;

import backorder.scenario.Disruption.Timing;
import backorder.scenario.YamlNode.Sequence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the {@code disruptions} list: the keys every disruption has (type, optional id, a timing —
 * {@code start_day} or {@code recurrence} — and a duration), then its kind's own keys through
 * {@link DisruptionKinds}.
 */
final class DisruptionParser {

  /** An explicit id names a random stream and appears in reports: short and plain. */
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");

  private final Problems problems;
  private final DisruptionReferences references;
  private final DisruptionWindowCheck window;

  /**
   * A parser checking names against the scenario's, stores against {@code locations} (null: none;
   * empty: invalid, reported, so not checked against) and one-off timings against {@code window}.
   */
  DisruptionParser(Problems problems, List<String> skus, List<String> suppliers,
      List<Location> locations, DisruptionWindowCheck window) {
    this.problems = problems;
    this.window = window;
    this.references = locations == null ? new DisruptionReferences(skus, suppliers, null, null)
        : new DisruptionReferences(skus, suppliers,
            locations.stream().filter(l -> !l.isWarehouse()).map(Location::name).toList(),
            locations.stream().filter(Location::isWarehouse).map(Location::name).findFirst()
                .orElse(null));
  }

  List<Disruption> parse(YamlNode node, String path) {
    Sequence list = Values.list(node, path, problems);
    if (list == null) {
      return List.of();
    }
    List<Disruption> disruptions = new ArrayList<>();
    Map<String, Integer> idLines = new HashMap<>();
    for (int i = 0; i < list.items().size(); i++) {
      MappingReader m = MappingReader.open(list.items().get(i), Values.index(path, i), problems,
          null);
      Disruption d = m == null ? null : disruption(m, idLines);
      if (d != null) {
        disruptions.add(d);
      }
    }
    return disruptions;
  }

  private Disruption disruption(MappingReader m, Map<String, Integer> idLines) {
    String type = m.requiredOneOf("type", "disruption type", DisruptionKinds.names());
    if (type == null) {
      if (!m.has("type")) {
        m.rejectUnknownKeys(DisruptionKinds.keysOf(null));
      }
      return null;
    }
    m.rejectUnknownKeys(DisruptionKinds.keysOf(type));
    String id = id(m, idLines);
    Timing timing = timing(m);
    Dist duration = m.has("duration_days") ? m.dist("duration_days", DistParser.Use.DURATION)
        : null;
    if (!m.has("duration_days")) {
      m.missing("duration_days");
    }
    Disruption d = DisruptionKinds.named(type).parser().parse(m, references, timing, duration, id);
    boolean idOk = id != null || !m.has("id");
    if (d == null || timing == null || duration == null || !idOk) {
      return null;
    }
    window.check(d, m);
    return d;
  }

  /** The optional {@code id}, unique in the scenario; null when absent or wrong (reported). */
  private String id(MappingReader m, Map<String, Integer> idLines) {
    String id = m.text("id");
    if (id == null) {
      return null;
    }
    if (!ID.matcher(id).matches()) {
      problems.add(m.get("id").where(), m.pathOf("id"), "must be 1 to 64 letters, digits, '_', "
          + "'.' or '-', starting with a letter or digit, got " + YamlNode.quote(id));
      return null;
    }
    Integer first = idLines.putIfAbsent(id, m.get("id").where().line());
    if (first != null) {
      problems.add(m.get("id").where(), m.pathOf("id"),
          "duplicate disruption id '" + id + "' (first at line " + first + ")");
      return null;
    }
    return id;
  }

  private Timing timing(MappingReader m) {
    if (m.has("start_day") && m.has("recurrence")) {
      problems.add(m.keyWhere("recurrence"), m.pathOf("recurrence"),
          "give either start_day or recurrence, not both");
      return null;
    }
    if (m.has("start_day")) {
      Double day = m.number("start_day", Check.DAYS);
      return day == null ? null : Timing.at(day);
    }
    if (!m.has("recurrence")) {
      m.missing("start_day", "required (or recurrence: {mean_days_between: ...})");
      return null;
    }
    MappingReader r = MappingReader.open(m.get("recurrence"), m.pathOf("recurrence"), problems,
        List.of("mean_days_between"));
    // at least a hundredth of a day: smaller gaps would realise millions of windows per replication
    Double gap = r == null ? null : r.requiredNumber("mean_days_between", Check.atLeast(0.01).and(Check.DAYS_CEILING));
    return gap == null ? null : Timing.recurring(gap);
  }
}
