package backorder.report;

/**
 * Text from a user's files (a description, names) as the report, the charts and the terminal show
 * it: every character that would be invisible there, reorder what follows it, or make the page or
 * the SVG invalid is written as a visible escape such as <code>&#92;u202E</code>, so that a right-to-left
 * override in a policy's name cannot make the report read as another recommendation.
 */
public final class VisibleText {

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private VisibleText() {}

  /**
   * Whether a character is shown as an escape: a control character (U+0000 to U+001F but tab and
   * line feed, U+007F to U+009F), a bidirectional control (U+061C, U+200E, U+200F, U+202A to U+202E,
   * U+2066 to U+2069), the line and paragraph separators U+2028 and U+2029, a noncharacter (such as
   * U+FFFE) or half of a surrogate pair (which a Java string holds only in pairs, so pass code points).
   */
  public static boolean escaped(int c) {
    if (c < 0x20) {
      return c != '\t' && c != '\n';
    }
    return c >= 0x7F && c <= 0x9F
        || c == 0x061C || c == 0x200E || c == 0x200F || c >= 0x202A && c <= 0x202E
        || c >= 0x2066 && c <= 0x2069 || c == 0x2028 || c == 0x2029
        || c >= 0xD800 && c <= 0xDFFF
        || c >= 0xFDD0 && c <= 0xFDEF || (c & 0xFFFE) == 0xFFFE;
  }

  /** The text with each {@linkplain #escaped escaped} character as <code>&#92;uXXXX</code>; null as "". */
  public static String of(String s) {
    if (s == null) {
      return "";
    }
    int first = firstEscaped(s);
    if (first < 0) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length() + 16).append(s, 0, first);
    for (int i = first; i < s.length(); ) {
      int c = s.codePointAt(i);
      appendShown(b, c);
      i += Character.charCount(c);
    }
    return b.toString();
  }

  /**
   * Appends one code point as shown: itself, or <code>&#92;uXXXX</code> when {@linkplain #escaped escaped}
   * (a supplementary noncharacter as its two UTF-16 halves, as Java and JSON write it).
   */
  public static void appendShown(StringBuilder b, int c) {
    if (!escaped(c)) {
      b.appendCodePoint(c);
      return;
    }
    for (char unit : Character.toChars(c)) {
      b.append("\\u").append(HEX[unit >> 12 & 0xF]).append(HEX[unit >> 8 & 0xF])
          .append(HEX[unit >> 4 & 0xF]).append(HEX[unit & 0xF]);
    }
  }

  /** The index of the first character {@link #of} changes, or -1 when it changes none. */
  private static int firstEscaped(String s) {
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      if (escaped(c)) {
        return i;
      }
      i += Character.charCount(c);
    }
    return -1;
  }
}
