package backorder.scenario;

import backorder.scenario.YamlNode.Kind;
import backorder.scenario.YamlNode.Scalar;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Numbers are read only when written in plain decimal: the YAML 1.1 forms that Jackson's parser
 * still converts ({@code 010} as octal 8, {@code 0x10}, {@code 0b10}, {@code 1_000}) are refused,
 * and a text that YAML 1.1 would have read as a number or a boolean ({@code 1:20}, {@code 0o10},
 * {@code yes}) gets a hint where a number or a boolean is expected.
 */
final class NumberForms {

  private static final Pattern DECIMAL_INTEGER = Pattern.compile("[-+]?(0|[1-9][0-9]*)");
  private static final Pattern DECIMAL =
      Pattern.compile("[-+]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][-+]?[0-9]+)?");
  private static final Pattern SEXAGESIMAL =
      Pattern.compile("[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\\.[0-9_]*)?");
  private static final Pattern OCTAL_OR_HEX = Pattern.compile("[-+]?0(o[0-7_]+|x[0-9a-fA-F_]+)");
  private static final Pattern BOOLEAN_WORD =
      Pattern.compile("y|n|yes|no|on|off", Pattern.CASE_INSENSITIVE);

  private NumberForms() {}

  /** Why a number is not written in plain decimal, or null when it is. */
  static String problem(Scalar s) {
    String t = s.text();
    if (s.kind() == Kind.INTEGER && DECIMAL_INTEGER.matcher(t).matches()
        || s.kind() == Kind.FLOAT && DECIMAL.matcher(t).matches() || !isNumber(s)) {
      return null;
    }
    String digits = t.startsWith("-") || t.startsWith("+") ? t.substring(1) : t;
    if (t.indexOf('_') >= 0) {
      return t + " has digit separators (_), which YAML 1.1 drops and YAML 1.2 does not: write "
          + t.replace("_", "");
    }
    String lower = digits.toLowerCase(Locale.ROOT);
    if (lower.startsWith("0x") || lower.startsWith("0b")) {
      return t + " is a " + (lower.startsWith("0x") ? "hexadecimal" : "binary")
          + " number (" + s.number() + "): write numbers in decimal";
    }
    if (s.kind() == Kind.INTEGER && digits.length() > 1 && digits.startsWith("0")) {
      return t + " has a leading zero, which YAML 1.1 reads as an octal number"
          + (digits.matches("[0-7]+") ? " (" + t + " is " + new java.math.BigInteger(t, 8) + ")" : "")
          + ": write it without the leading zero";
    }
    return t + " is not a number in plain decimal notation";
  }

  /** A hint for a text found where a number is expected, or "". */
  static String numberHint(Scalar s) {
    if (s.kind() != Kind.STRING) {
      return "";
    }
    if (SEXAGESIMAL.matcher(s.text()).matches()) {
      return " (YAML 1.1 would read it as a base-60 number, e.g. 1:20 as 80: write numbers in"
          + " plain decimal)";
    }
    if (OCTAL_OR_HEX.matcher(s.text()).matches()) {
      return " (an octal or hexadecimal number: write numbers in plain decimal)";
    }
    return "";
  }

  /** A hint for a text found where true or false is expected, or "". */
  static String booleanHint(Scalar s) {
    return s.kind() == Kind.STRING && BOOLEAN_WORD.matcher(s.text()).matches()
        ? " (yes, no, on and off are texts here, not booleans: write true or false)" : "";
  }

  private static boolean isNumber(Scalar s) {
    return s.kind() == Kind.INTEGER || s.kind() == Kind.FLOAT;
  }
}
