package backorder.cli;

import backorder.experiment.RunEstimate;
import backorder.experiment.SweepAxis;
import backorder.experiment.SweepGrid;
import backorder.policy.PolicySpec;
import backorder.scenario.DisruptionIds;
import backorder.scenario.Problem;
import backorder.scenario.Scenario;
import backorder.scenario.ScenarioException;
import backorder.scenario.ScenarioPath;
import backorder.scenario.ScenarioSource;
import backorder.scenario.ValueOverride;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a sweep's arguments against its scenario before anything runs: every {@code --vary} must
 * parse and lead to a value, every value and every combination must load as a valid scenario.
 * Problems come back as lines naming the {@code --vary} argument (and the value or grid point).
 */
final class SweepInputs {

  /** Problem lines printed at most (the rest are counted). */
  static final int MAX_LINES = 20;

  /** Keys that name an entry (and its random streams): varying them would break the sweep's addressing. */
  private static final Set<String> NAMING_KEYS = Set.of("name", "sku", "id");

  private final ScenarioFile file;
  private final Scenario base;
  private final SweepGrid grid;
  private final String option;
  private final Set<String> lines = new LinkedHashSet<>();
  private final Set<String> notes = new LinkedHashSet<>();
  /** the files the values read (a trace a --vary names among them), which --out must not hold */
  private final Set<Path> inputFiles = new LinkedHashSet<>();
  /** per axis, per value: each policy's expected events of one replication with that value alone */
  private final List<List<Map<String, Double>>> valueEvents = new ArrayList<>();
  private int more;

  private SweepInputs(ScenarioFile file, Scenario base, SweepGrid grid, String option) {
    this.file = file;
    this.base = base;
    this.grid = grid;
    this.option = option;
  }

  /** The grid of the {@code --vary} arguments; InvalidInputException naming the argument when one is wrong. */
  static SweepGrid grid(List<String> varies) {
    if (varies.isEmpty()) {
      throw new InvalidInputException("--vary: give at least one, e.g. --vary 'policies[NAME].reorder_point=10:50:5'");
    }
    List<SweepAxis> axes = new ArrayList<>();
    for (String v : varies) {
      try {
        SweepAxis axis = SweepAxis.parse(v);
        String last = axis.path().keys().get(axis.path().keys().size() - 1);
        if (axis.path().keys().size() == 1 && NAMING_KEYS.contains(last)) {
          throw new IllegalArgumentException(axis.path() + " names the entry the path addresses; it cannot be varied");
        }
        axes.add(axis);
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException("--vary '" + v + "': " + e.getMessage());
      }
    }
    try {
      return new SweepGrid(axes);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("--vary: " + e.getMessage());
    }
  }

  /**
   * The policies to run: those named with --policy, else those the paths address when every path
   * addresses a policy (the others would repeat the same numbers at every point), else all.
   */
  static List<String> policies(SweepGrid grid, Scenario base, List<String> named) {
    List<String> known = base.policies().stream().map(PolicySpec::name).toList();
    List<String> addressed = new ArrayList<>();
    boolean allPolicies = true;
    for (SweepAxis a : grid.axes()) {
      ScenarioPath p = a.path();
      allPolicies &= p.section().equals("policies");
      String name = !p.section().equals("policies") ? null : known.contains(p.selector()) ? p.selector()
          : p.selector().matches("[0-9]{1,9}") && Integer.parseInt(p.selector()) < known.size()
          ? known.get(Integer.parseInt(p.selector())) : null;
      if (name != null && !addressed.contains(name)) {
        addressed.add(name);
      }
      if (name != null && !named.isEmpty() && !named.contains(name)) {
        throw new InvalidInputException("--vary '" + a.argument() + "': varies policy '" + name
            + "', which --policy leaves out");
      }
    }
    return !named.isEmpty() ? named : allPolicies && !addressed.isEmpty() ? addressed : List.of();
  }

  /** Loads every value and grid point once; {@link #problems()} says what is wrong (empty: all valid). */
  static SweepInputs check(ScenarioFile file, Scenario base, SweepGrid grid) {
    SweepInputs in = checkEach(file, base, grid, "--vary");
    if (in.lines.isEmpty() && grid.axes().size() > 1) {
      in.checkCombinations();
    }
    return in;
  }

  /**
   * Checks the paths and each value alone, not their combinations, naming the arguments as
   * {@code option} (the optimizer's {@code --param} bounds: MIN and MAX of each).
   */
  static SweepInputs checkEach(ScenarioFile file, Scenario base, SweepGrid grid, String option) {
    SweepInputs in = new SweepInputs(file, base, grid, option);
    in.checkPaths();
    if (in.lines.isEmpty()) {
      in.checkValues();
    }
    return in;
  }

  /** One line per problem, each naming the argument, value or grid point it comes from. */
  List<String> problems() {
    List<String> out = new ArrayList<>(lines);
    if (more > 0) {
      out.add("... and " + more + " more problems");
    }
    return out;
  }

  /** The scenario file and the side files the checked values read. Call after {@link #check}. */
  List<Path> inputFiles() {
    return List.copyOf(inputFiles);
  }

  /** Caveats for the report: disruptions whose identity (and so their random draws) changes between points. */
  List<String> notes() {
    return List.copyOf(notes);
  }

  /** Every path must lead to an entry and a key that exist (or may be added) there. */
  private void checkPaths() {
    List<ValueOverride> probes = grid.axes().stream().map(a -> new ValueOverride(a.path(), null)).toList();
    try {
      file.load(probes);
    } catch (ScenarioException e) {
      e.problems().forEach(p -> add(argumentOf(p) + ": " + describe(p, true)));
    }
  }

  /** Every value alone must give a valid scenario. */
  private void checkValues() {
    List<String> baseIds = DisruptionIds.of(base.disruptions());
    for (SweepAxis axis : grid.axes()) {
      List<Map<String, Double>> events = new ArrayList<>();
      valueEvents.add(events);
      for (String value : axis.values()) {
        Scenario s = load(List.of(new ValueOverride(axis.path(), value)),
            option + " '" + axis.argument() + "' (value " + SweepAxis.shown(value) + ")", true);
        if (s != null) {
          events.add(RunEstimate.byPolicy(s));
        }
        if (s != null && !DisruptionIds.of(s.disruptions()).equals(baseIds)) {
          notes.add("Varying " + axis.path() + " changes the default identity of a disruption (its kind and start"
              + " day or mean gap), which names its random stream, so its own draws differ between points;"
              + " give the disruption an id: in the scenario to keep them common.");
        }
      }
    }
  }

  /**
   * Expected events of one replication of each policy named (empty: all) at every grid point,
   * summed over the points. A point's estimate is the base's times each of its values' own ratio
   * to the base (exact with one axis, and for effects that multiply, such as rate and horizon);
   * over the whole grid that sum factors into a product over the axes. A policy without events
   * at the base counts its largest value's events at every point. Call after {@link #check}.
   */
  double eventsPerReplication(List<String> policies) {
    Map<String, Double> baseEvents = RunEstimate.byPolicy(base);
    double total = 0;
    for (Map.Entry<String, Double> e : baseEvents.entrySet()) {
      if (!policies.isEmpty() && !policies.contains(e.getKey())) {
        continue;
      }
      double b = e.getValue();
      if (!(b > 0)) {
        total += mostEventsPerReplication(e.getKey()) * grid.size();
        continue;
      }
      double product = b;
      for (List<Map<String, Double>> axis : valueEvents) {
        double sum = 0;
        for (Map<String, Double> value : axis) {
          sum += value.getOrDefault(e.getKey(), b) / b;
        }
        product *= sum;
      }
      total += product;
    }
    return total;
  }

  /**
   * The most events one replication of {@code policy} fires at the base or with any one value
   * (the optimizer's bounds): a cautious size of every evaluation. Call after {@link #checkEach}.
   */
  double mostEventsPerReplication(String policy) {
    double most = RunEstimate.byPolicy(base).getOrDefault(policy, 0.0);
    for (List<Map<String, Double>> axis : valueEvents) {
      for (Map<String, Double> value : axis) {
        most = Math.max(most, value.getOrDefault(policy, 0.0));
      }
    }
    return most;
  }

  /** With several axes, every combination must be valid too (e.g. order_up_to above reorder_point). */
  private void checkCombinations() {
    for (int point = 0; point < grid.size() && lines.size() < MAX_LINES; point++) {
      List<String> values = grid.values(point);
      List<String> parts = new ArrayList<>();
      for (int i = 0; i < values.size(); i++) {
        parts.add(grid.axes().get(i).path() + "=" + values.get(i));
      }
      load(grid.overrides(point), "grid point " + point + " (" + String.join(", ", parts) + ")", false);
    }
  }

  private Scenario load(List<ValueOverride> overrides, String origin, boolean oneAxis) {
    try {
      ScenarioSource.Loaded loaded = file.loadWithInputs(overrides);
      inputFiles.addAll(loaded.inputFiles());
      return loaded.scenario();
    } catch (ScenarioException e) {
      e.problems().forEach(p -> add(origin + ": " + describe(p, oneAxis)));
      return null;
    }
  }

  /**
   * A problem of a value given outside the file has no file position: PATH: message, or only the
   * message when the line names the one argument and the problem is at its path.
   */
  private String describe(Problem p, boolean oneAxis) {
    if (p.line() != 0) {
      return p.toString();
    }
    boolean atArgument = oneAxis && grid.axes().stream().anyMatch(a -> a.path().toString().equals(p.path()));
    return atArgument ? p.message() : p.path() + ": " + p.message();
  }

  /** The --vary argument whose path a problem is about. */
  private String argumentOf(Problem p) {
    for (SweepAxis a : grid.axes()) {
      String path = a.path().toString();
      if (p.path().equals(path) || p.path().startsWith(path + ".") || path.startsWith(p.path() + ".")) {
        return option + " '" + a.argument() + "'";
      }
    }
    return option;
  }

  private void add(String problem) {
    String line = InvalidInputException.oneLine(problem);
    if (lines.size() < MAX_LINES) {
      lines.add(line);
    } else if (!lines.contains(line)) {
      more++;
    }
  }
}
