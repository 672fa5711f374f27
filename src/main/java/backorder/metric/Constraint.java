package backorder.metric;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A condition a policy must meet to be recommended, such as {@code fill_rate >= 0.95}, judged on
 * the policy's mean over replications.
 */
public record Constraint(Metric metric, Op op, double value) {

  /** The comparison. */
  public enum Op {
    AT_LEAST(">="), AT_MOST("<="), ABOVE(">"), BELOW("<");

    private final String symbol;

    Op(String symbol) {
      this.symbol = symbol;
    }

    public String symbol() {
      return symbol;
    }
  }

  private static final Pattern FORM =
      Pattern.compile("\\s*([a-z0-9_]+)\\s*(>=|<=|>|<)\\s*([-+0-9.eE]+)\\s*");

  /** Whether a mean meets it; an undefined mean (no observations) never does. */
  public boolean holds(double mean) {
    if (Double.isNaN(mean)) {
      return false;
    }
    return switch (op) {
      case AT_LEAST -> mean >= value;
      case AT_MOST -> mean <= value;
      case ABOVE -> mean > value;
      case BELOW -> mean < value;
    };
  }

  /** As written in a scenario: {@code fill_rate >= 0.95}. */
  public String expr() {
    String v = value == Math.rint(value) && Math.abs(value) < 1e15
        ? Long.toString((long) value) : Double.toString(value);
    return metric.key() + " " + op.symbol() + " " + v;
  }

  /**
   * Reads {@code METRIC OP NUMBER}.
   *
   * @throws IllegalArgumentException with a message saying what is wrong (no stack trace material)
   */
  public static Constraint parse(String text) {
    Matcher m = FORM.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException("must be METRIC OP NUMBER with OP one of >=, <=, >, < "
          + "(e.g. \"fill_rate >= 0.95\")");
    }
    Metric metric = Metric.byKey(m.group(1)).orElseThrow(() -> new IllegalArgumentException(
        "unknown metric '" + m.group(1) + "'"));
    double value;
    try {
      value = Double.parseDouble(m.group(3));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + m.group(3) + "' is not a number");
    }
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("the bound must be a finite number");
    }
    Op op = switch (m.group(2)) {
      case ">=" -> Op.AT_LEAST;
      case "<=" -> Op.AT_MOST;
      case ">" -> Op.ABOVE;
      default -> Op.BELOW; // the pattern admits only these four
    };
    return new Constraint(metric, op, value);
  }
}
