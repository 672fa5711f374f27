package backorder.scenario;

import backorder.scenario.YamlNode.Kind;
import backorder.scenario.YamlNode.Mapping;
import backorder.scenario.YamlNode.Scalar;
import backorder.scenario.YamlNode.Sequence;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

/**
 * Reads typed values out of located nodes; a wrong value is reported where it was written and
 * comes back as null, so that reading goes on and every problem is found in one pass.
 */
final class Values {

  private Values() {}

  /** A finite number passing the check, or null. */
  static Double number(YamlNode node, String path, Problems problems, Check check) {
    if (!(node instanceof Scalar s) || (s.kind() != Kind.INTEGER && s.kind() != Kind.FLOAT)) {
      String what = node instanceof Scalar ns && ns.kind() == Kind.NON_FINITE
          ? "must be a finite number" : "must be a number";
      problems.add(node.where(), path, what + ", got " + YamlNode.describe(node)
          + (node instanceof Scalar ns ? NumberForms.numberHint(ns) : ""));
      return null;
    }
    if (!plainDecimal(s, path, problems)) {
      return null;
    }
    double v = s.number().doubleValue();
    if (!Double.isFinite(v)) {
      problems.add(node.where(), path, "must be a finite number, got " + YamlNode.describe(s));
      return null;
    }
    if (v == 0 && hasNonZeroDigit(s.text())) {
      problems.add(node.where(), path, "is too close to 0 to be held as a number (it would be read as 0;"
          + " write 0 if that is meant), got " + YamlNode.describe(s));
      return null;
    }
    String broken = check.test(v);
    if (broken != null) {
      problems.add(node.where(), path, broken + ", got " + YamlNode.describe(s));
      return null;
    }
    return v;
  }

  /** Whether the digits before any exponent include one other than 0 ({@code 1e-99999} reads as 0). */
  private static boolean hasNonZeroDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == 'e' || c == 'E') {
        return false;
      }
      if (c >= '1' && c <= '9') {
        return true;
      }
    }
    return false;
  }

  /**
   * A whole number in [min, max], or null. A float with an integral value (e.g. {@code 1e6}) is
   * accepted as long as it is exactly representable.
   */
  static Long integer(YamlNode node, String path, Problems problems, long min, long max) {
    BigInteger value = null;
    if (node instanceof Scalar s && s.kind() == Kind.INTEGER) {
      value = s.number() instanceof BigInteger b ? b : BigInteger.valueOf(s.number().longValue());
    } else if (node instanceof Scalar s && s.kind() == Kind.FLOAT) {
      double d = s.number().doubleValue();
      if (d == Math.rint(d) && Math.abs(d) <= 9.007199254740992e15) {
        value = new BigDecimal(d).toBigInteger();
      } else {
        problems.add(node.where(), path, "must be a whole number, got " + YamlNode.describe(s));
        return null;
      }
    }
    if (value == null) {
      problems.add(node.where(), path, "must be a whole number, got " + YamlNode.describe(node)
          + (node instanceof Scalar ns ? NumberForms.numberHint(ns) : ""));
      return null;
    }
    if (!plainDecimal((Scalar) node, path, problems)) {
      return null;
    }
    String text = ((Scalar) node).text();
    if (value.compareTo(BigInteger.valueOf(min)) < 0) {
      problems.add(node.where(), path, "must be >= " + min + ", got " + text);
      return null;
    }
    if (value.compareTo(BigInteger.valueOf(max)) > 0) {
      problems.add(node.where(), path, "must be <= " + max + ", got " + text);
      return null;
    }
    return value.longValue();
  }

  /** Any non-null scalar, as written (so {@code sku: 1042} is the text "1042"), or null. */
  static String text(YamlNode node, String path, Problems problems) {
    if (node instanceof Scalar s && s.kind() != Kind.NULL) {
      return s.text();
    }
    problems.add(node.where(), path, "must be a text, got " + YamlNode.describe(node));
    return null;
  }

  /** {@code true} or {@code false}, or null. */
  static Boolean bool(YamlNode node, String path, Problems problems) {
    if (node instanceof Scalar s && s.kind() == Kind.BOOLEAN) {
      return Boolean.parseBoolean(s.text().toLowerCase(java.util.Locale.ROOT));
    }
    problems.add(node.where(), path, "must be true or false, got " + YamlNode.describe(node)
        + (node instanceof Scalar ns ? NumberForms.booleanHint(ns) : ""));
    return null;
  }

  /** Reports a number not written in plain decimal ({@code 010}, {@code 0x10}, {@code 1_000}). */
  private static boolean plainDecimal(Scalar s, String path, Problems problems) {
    String problem = NumberForms.problem(s);
    if (problem != null) {
      problems.add(s.where(), path, problem);
      return false;
    }
    return true;
  }

  /** One of the allowed words (case-sensitive), or null: "unknown NOUN 'x' (expected one of: ...)". */
  static String oneOf(YamlNode node, String path, Problems problems, String noun,
      List<String> allowed) {
    String text = text(node, path, problems);
    if (text == null) {
      return null;
    }
    if (!allowed.contains(text)) {
      problems.add(node.where(), path, "unknown " + noun + " '" + YamlNode.shown(text) + "' (expected one of: "
          + String.join(", ", allowed) + ")");
      return null;
    }
    return text;
  }

  /** The node as a list, or null. */
  static Sequence list(YamlNode node, String path, Problems problems) {
    if (node instanceof Sequence l) {
      return l;
    }
    problems.add(node.where(), path, "must be a list, got " + YamlNode.describe(node));
    return null;
  }

  /** The node as a mapping, or null. */
  static Mapping mapping(YamlNode node, String path, Problems problems) {
    if (node instanceof Mapping m) {
      return m;
    }
    problems.add(node.where(), path, "must be a mapping, got " + YamlNode.describe(node));
    return null;
  }

  /** {@code base[i]}. */
  static String index(String base, int i) {
    return base + "[" + i + "]";
  }
}
