package backorder.experiment;

import backorder.scenario.Problem;
import backorder.scenario.ScenarioPath;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One {@code --vary PATH=FROM:TO:STEP} or {@code --vary PATH=V1,V2,...} of a sweep: the scenario
 * value it sets and the values it takes, as text. A range is computed in decimal, so
 * {@code 0.80:0.99:0.01} gives 0.8, 0.81, ..., 0.99 exactly, up to and including TO.
 *
 * @param argument the text as given, for messages
 */
public record SweepAxis(String argument, ScenarioPath path, List<String> values) {

  public SweepAxis {
    values = List.copyOf(values);
  }

  /** Reads {@code PATH=SPEC}; the exception's message says what is wrong (without the argument). */
  public static SweepAxis parse(String argument) {
    int eq = argument.indexOf('=');
    if (eq < 0) {
      throw new IllegalArgumentException(
          "expected PATH=FROM:TO:STEP or PATH=V1,V2,..., got no '='");
    }
    ScenarioPath path = ScenarioPath.parse(argument.substring(0, eq));
    String spec = argument.substring(eq + 1).strip();
    if (spec.isEmpty()) {
      throw new IllegalArgumentException("no value after '='");
    }
    List<String> parts = splitTopLevel(spec, ':');
    List<String> values;
    if (parts.size() == 3) {
      values = range(parts.get(0), parts.get(1), parts.get(2));
    } else if (parts.size() == 1) {
      values = list(spec);
    } else {
      throw new IllegalArgumentException("a range is FROM:TO:STEP (three numbers), got '" + spec + "'");
    }
    return new SweepAxis(argument, path, values);
  }

  private static List<String> range(String fromText, String toText, String stepText) {
    BigDecimal from = decimal("FROM", fromText);
    BigDecimal to = decimal("TO", toText);
    BigDecimal step = decimal("STEP", stepText);
    if (step.signum() <= 0) {
      throw new IllegalArgumentException("STEP must be > 0, got " + stepText.strip());
    }
    if (from.compareTo(to) > 0) {
      throw new IllegalArgumentException("FROM (" + fromText.strip() + ") must be <= TO ("
          + toText.strip() + ")");
    }
    BigDecimal count = to.subtract(from).divideToIntegralValue(step).add(BigDecimal.ONE);
    if (count.compareTo(BigDecimal.valueOf(SweepGrid.MAX_POINTS)) > 0) {
      throw new IllegalArgumentException("the range has " + shown(count.toPlainString())
          + " values; a sweep has at most " + SweepGrid.MAX_POINTS + " points");
    }
    List<String> values = new ArrayList<>();
    for (int i = 0; i < count.intValue(); i++) {
      BigDecimal v = from.add(step.multiply(BigDecimal.valueOf(i)));
      values.add(v.signum() == 0 ? "0" : v.stripTrailingZeros().toPlainString());
    }
    return values;
  }

  /**
   * A plain decimal as a message shows it: as written when short, else in scientific notation to six
   * digits (a range up to 1e308 is a 309-digit number).
   */
  public static String shown(String plain) {
    return Problem.shortNumber(plain, 20); // a list value need not be a number: shown as given
  }

  private static BigDecimal decimal(String part, String text) {
    try {
      return new BigDecimal(text.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(part + " must be a number, got '" + text.strip() + "'");
    }
  }

  private static List<String> list(String spec) {
    List<String> values = new ArrayList<>();
    for (String item : splitTopLevel(spec, ',')) {
      String v = item.strip();
      if (v.isEmpty()) {
        throw new IllegalArgumentException("empty value in the list '" + spec + "'");
      }
      if (values.contains(v)) {
        throw new IllegalArgumentException("value '" + v + "' is listed twice");
      }
      values.add(v);
    }
    if (values.size() > SweepGrid.MAX_POINTS) {
      throw new IllegalArgumentException("the list has " + values.size()
          + " values; a sweep has at most " + SweepGrid.MAX_POINTS + " points");
    }
    return values;
  }

  /** Splits at {@code separator} outside brackets and braces, so flow values stay whole. */
  static List<String> splitTopLevel(String text, char separator) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '[' || c == '{') {
        depth++;
      } else if ((c == ']' || c == '}') && depth > 0) {
        depth--;
      } else if (c == separator && depth == 0) {
        parts.add(text.substring(start, i));
        start = i + 1;
      }
    }
    parts.add(text.substring(start));
    return parts;
  }
}
