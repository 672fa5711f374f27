package backorder.scenario;

import java.io.Serializable;

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
   * The text with a line break as {@code \\n} and any other control or invisible formatting
   * character as '?': a key or value quoted in a message can neither split its line nor move the
   * terminal's cursor.
   */
  public static String printable(String text) {
    StringBuilder b = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int type = Character.getType(c);
      boolean bad = type == Character.CONTROL || type == Character.FORMAT
          || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
      if (bad && b == null) {
        b = new StringBuilder(text.length() + 8).append(text, 0, i);
      }
      if (b != null) {
        b.append(!bad ? String.valueOf(c) : c == '\n' ? "\\n" : "?");
      }
    }
    return b == null ? text : b.toString();
  }
}
