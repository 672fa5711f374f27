package backorder.cli;

import backorder.experiment.SweepAxis;
import backorder.experiment.SweepGrid;
import backorder.experiment.optimize.SearchParam;
import backorder.experiment.optimize.SearchSpace;
import backorder.policy.PolicySpec;
import backorder.scenario.Scenario;
import backorder.scenario.ScenarioException;
import backorder.scenario.ScenarioPath;
import backorder.scenario.ValueOverride;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads and checks optimize's {@code --param PATH=MIN:MAX} arguments against the scenario before
 * anything runs: the path must lead to a value (sweep's messages), MIN and MAX must each load as a
 * valid scenario (so a bound outside the key's allowed range is refused by the loader's own
 * check), and MIN <= MAX. It also decides which parameters are searched over whole numbers.
 */
final class OptimizeInputs {

  /**
   * Keys holding a number of units of stock: searched over whole numbers, as stock comes in whole
   * units (a reorder point of 25.5 acts as 25). Keys the loader itself requires whole
   * (initial_on_hand, min_order_units, window_days, ...) are found by probing it.
   */
  static final Set<String> UNIT_KEYS = Set.of("reorder_point", "order_quantity", "order_up_to", "safety_stock.units");

  private static final Set<String> NAMING_KEYS = Set.of("name", "sku", "id");

  /** The search space, or the problem lines (each naming its --param) and caveats. */
  record Checked(SearchSpace space, List<String> problems, List<String> notes) {}

  private OptimizeInputs() {}

  /** Parses and checks every --param; InvalidInputException for a malformed one. */
  static Checked check(ScenarioFile file, Scenario base, List<String> params, String policy) {
    if (params.isEmpty()) {
      throw new InvalidInputException("--param: give at least one, e.g. --param 'policies[NAME].reorder_point=10:50'");
    }
    List<Range> ranges = new ArrayList<>();
    Set<String> paths = new HashSet<>();
    for (String text : params) {
      Range r = Range.parse(text, base, policy);
      if (!paths.add(r.path().toString())) {
        throw new InvalidInputException("--param '" + text + "': " + r.path() + " is given twice: give one range per path");
      }
      ranges.add(r);
    }
    SweepGrid bounds;
    try {
      bounds = new SweepGrid(ranges.stream().map(Range::bounds).toList());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("--param: " + e.getMessage());
    }
    SweepInputs checked = SweepInputs.checkEach(file, base, bounds, "--param");
    if (!checked.problems().isEmpty()) {
      return new Checked(null, checked.problems(), checked.notes());
    }
    List<SearchParam> space = new ArrayList<>();
    for (Range r : ranges) {
      try {
        space.add(new SearchParam(r.argument(), r.path(), r.min(), r.max(), isInteger(file, r)));
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException("--param '" + r.argument() + "': " + e.getMessage());
      }
    }
    return new Checked(new SearchSpace(space), List.of(), checked.notes());
  }

  /**
   * Whole numbers for the unit keys, and for any key the loader refuses a fraction at (it says
   * "must be a whole number" when given MIN + 0.5).
   */
  static boolean isInteger(ScenarioFile file, Range r) {
    List<String> keys = r.path().keys();
    String last = keys.get(keys.size() - 1);
    String lastTwo = keys.size() < 2 ? last : keys.get(keys.size() - 2) + "." + last;
    if (UNIT_KEYS.contains(last) || UNIT_KEYS.contains(lastTwo)) {
      return true;
    }
    String probe = SearchParam.text(r.min().add(new BigDecimal("0.5")));
    try {
      file.load(List.of(new ValueOverride(r.path(), probe)));
      return false;
    } catch (ScenarioException e) {
      return e.problems().stream().anyMatch(p -> p.message().startsWith("must be a whole number"));
    }
  }

  /** One --param as given. */
  record Range(String argument, ScenarioPath path, BigDecimal min, BigDecimal max) {

    /** MIN and MAX as a two-value sweep axis, to check both with the sweep's checks. */
    SweepAxis bounds() {
      String lo = SearchParam.text(min);
      String hi = SearchParam.text(max);
      return new SweepAxis(argument, path, lo.equals(hi) ? List.of(lo) : List.of(lo, hi));
    }

    static Range parse(String text, Scenario base, String policy) {
      try {
        int eq = text.indexOf('=');
        if (eq < 0) {
          throw new IllegalArgumentException("expected PATH=MIN:MAX, got no '='");
        }
        ScenarioPath path = ScenarioPath.parse(text.substring(0, eq));
        String last = path.keys().get(path.keys().size() - 1);
        if (path.keys().size() == 1 && NAMING_KEYS.contains(last)) {
          throw new IllegalArgumentException(path + " names the entry the path addresses; it cannot be searched");
        }
        checkPolicy(path, base, policy);
        String[] parts = text.substring(eq + 1).split(":", -1);
        if (parts.length != 2) {
          throw new IllegalArgumentException("a range is MIN:MAX (two numbers), got '" + text.substring(eq + 1) + "'");
        }
        BigDecimal min = number("MIN", parts[0]);
        BigDecimal max = number("MAX", parts[1]);
        if (min.compareTo(max) > 0) {
          throw new IllegalArgumentException("MIN (" + parts[0].strip() + ") must be <= MAX (" + parts[1].strip() + ")");
        }
        return new Range(text, path, min, max);
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException("--param '" + text + "': " + e.getMessage());
      }
    }

    /** A path into policies must address the policy being optimized (only it runs). */
    private static void checkPolicy(ScenarioPath path, Scenario base, String policy) {
      if (!path.section().equals("policies")) {
        return;
      }
      List<String> known = base.policies().stream().map(PolicySpec::name).toList();
      String sel = path.selector();
      String name = known.contains(sel) ? sel : sel.matches("[0-9]{1,9}") && Integer.parseInt(sel) < known.size()
          ? known.get(Integer.parseInt(sel)) : null;
      if (name != null && !name.equals(policy)) {
        throw new IllegalArgumentException("addresses policy '" + name + "', but --policy is '" + policy
            + "' (only that policy runs)");
      }
    }

    private static BigDecimal number(String part, String text) {
      try {
        return new BigDecimal(text.strip());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(part + " must be a number, got '" + text.strip() + "'");
      }
    }
  }
}
