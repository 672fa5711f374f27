package backorder.scenario;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The address of one value inside a scenario, as a sweep names it:
 * {@code policies[NAME].key[.key...]}, {@code products[SKU].key...}, {@code suppliers[NAME].key...}
 * or {@code disruptions[I].key...}. The selector is the entry's name (sku, disruption {@code id})
 * or, when no entry has that name, its 0-based position in the list.
 *
 * @param section one of {@link #SECTIONS}
 * @param selector the text between the brackets
 * @param keys the keys below the entry, at least one
 */
public record ScenarioPath(String section, String selector, List<String> keys)
    implements java.io.Serializable {

  private static final long serialVersionUID = 1L;

  /** The lists a path may start in, in documentation order. */
  public static final List<String> SECTIONS =
      List.of("policies", "products", "suppliers", "disruptions");

  private static final Pattern SHAPE = Pattern.compile("([A-Za-z_]+)\\[([^\\[\\]]*)\\](.*)");
  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_]+");
  private static final String FORMS = "policies[NAME].key, products[SKU].key, suppliers[NAME].key"
      + " or disruptions[I].key";

  public ScenarioPath {
    keys = List.copyOf(keys);
  }

  /** Reads a path; the exception's message says what is wrong with it. */
  public static ScenarioPath parse(String text) {
    Matcher m = SHAPE.matcher(text.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException("'" + text + "' is not a scenario path: write " + FORMS
          + " (e.g. policies[safety-stock].reorder_point)");
    }
    String section = m.group(1);
    if (!SECTIONS.contains(section)) {
      throw new IllegalArgumentException("unknown section '" + section + "' (expected one of: "
          + String.join(", ", SECTIONS) + ")");
    }
    String selector = m.group(2).strip();
    if (selector.isEmpty()) {
      throw new IllegalArgumentException("empty brackets in " + section + "[]: name the entry, e.g. "
          + section + "[0]");
    }
    String rest = m.group(3);
    String entry = section + "[" + selector + "]";
    if (rest.isEmpty()) {
      throw new IllegalArgumentException(entry + " names an entry, not a value: add the key, e.g. "
          + entry + "." + exampleKey(section));
    }
    if (!rest.startsWith(".")) {
      throw new IllegalArgumentException("expected '.' after " + entry + ", got '" + rest + "'");
    }
    List<String> keys = List.of(rest.substring(1).split("\\.", -1));
    for (int i = 0; i < keys.size(); i++) {
      String key = keys.get(i);
      if (isScenarioName(section, keys, i)) {
        continue;
      }
      if (!KEY.matcher(key).matches()) {
        throw new IllegalArgumentException("'" + key + "' in " + text
            + " is not a key (keys are letters, digits and '_', separated by '.')");
      }
    }
    return new ScenarioPath(section, selector, keys);
  }

  /**
   * Whether keys[i] is a name the scenario spells, not a key: a location of a policy's {@code at:}
   * (SPEC §7) or a supplier of its {@code split:} shares. Any name without a '.' (los-angeles,
   * vietnam-sea, store 7) as written; a misspelt one is caught where it is looked up.
   */
  private static boolean isScenarioName(String section, List<String> keys, int i) {
    if (!section.equals("policies") || i == 0 || keys.get(i).isBlank()) {
      return false;
    }
    String parent = keys.get(i - 1);
    return parent.equals("at") && i == 1 || parent.equals("split");
  }

  /** {@code section[selector]}: the entry the path starts from. */
  public String entry() {
    return section + "[" + selector + "]";
  }

  /** The path with the first {@code depth} keys, e.g. {@code policies[a].safety_stock}. */
  String prefix(int depth) {
    StringBuilder b = new StringBuilder(entry());
    keys.subList(0, depth).forEach(k -> b.append('.').append(k));
    return b.toString();
  }

  @Override
  public String toString() {
    return prefix(keys.size());
  }

  private static String exampleKey(String section) {
    return switch (section) {
      case "policies" -> "reorder_point";
      case "products" -> "initial_on_hand";
      case "suppliers" -> "unit_cost";
      default -> "duration_days";
    };
  }
}
