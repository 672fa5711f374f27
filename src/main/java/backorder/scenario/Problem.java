package backorder.scenario;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * One thing wrong with a scenario, located as {@code FILE:LINE:COLUMN: PATH: message} (SPEC §2).
 *
 * @param file the file as the user named it (or a side file resolved next to it)
 * @param line 1-based line
 * @param column 1-based column
 * @param path the key path in dotted/indexed form, e.g. {@code products[0].demand.rate_per_day}, or
 *     {@code (root)}
 */
public record Problem(String file, int line, int column, String path, String message)
    implements Serializable {

  /**
   * Keeps every part on one printable line: a file name, like a key or a value, may hold a line break
   * or a terminal escape.
   */
  public Problem {
    file = printable(file);
    path = printable(path);
    message = printable(message);
  }

  @Override
  public String toString() {
    return file + ":" + line + ":" + column + ": " + path + ": " + message;
  }

  /**
   * A number as a message shows it: as written up to {@code keep} characters, else in scientific
   * notation to six significant digits (1E+300 rather than 301 digits); a text that is not a
   * number comes back as it is.
   */
  public static String shortNumber(String text, int keep) {
    if (text.length() <= keep) {
      return text;
    }
    try {
      return new BigDecimal(text.strip()).round(new MathContext(6)).stripTrailingZeros().toString();
    } catch (NumberFormatException e) {
      return text;
    }
  }

  /**
   * The text with a line break as {@code \\n} and any other control or invisible formatting
   * character as '?': a key or value quoted in a message can neither split its line nor move the
   * terminal's cursor.
   */
  public static String printable(String text) {
    StringBuilder b = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean bad = invisible(c);
      if (bad && b == null) {
        b = new StringBuilder(text.length() + 8).append(text, 0, i);
      }
      if (b != null) {
        b.append(!bad ? String.valueOf(c) : c == '\n' ? "\\n" : "?");
      }
    }
    return b == null ? text : b.toString();
  }

  /**
   * The index of the first control or invisible formatting character of a text (a control
   * character, a format character such as U+202E or U+200B, a line or paragraph separator, or half
   * of a surrogate pair without its other half), or -1 when it has none.
   */
  public static int firstInvisible(String text) {
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (invisible(c) || Character.getType(c) == Character.SURROGATE) {
        return i;
      }
      i += Character.charCount(c);
    }
    return -1;
  }

  /** Whether a character is a control, a format character or a line or paragraph separator. */
  static boolean invisible(int c) {
    int type = Character.getType(c);
    return type == Character.CONTROL || type == Character.FORMAT
        || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
  }
}
