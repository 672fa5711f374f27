package backorder.scenario;

import backorder.scenario.YamlNode.Where;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects the problems found while loading one scenario and hands them back sorted: the scenario
 * file's own problems first by line and column, then those of its side files (trace, catalogue).
 */
final class Problems {

  private final String mainFile;
  private final Set<Problem> found = new LinkedHashSet<>();

  Problems(String mainFile) {
    this.mainFile = printable(mainFile);
  }

  void add(Where where, String path, String message) {
    found.add(new Problem(where.file(), where.line(), where.column(), path, message));
  }

  /**
   * The text with a line break as {@code \\n} and any other control or invisible formatting
   * character as '?': a key or value quoted in a message can neither split its line nor move the
   * terminal's cursor.
   */
  static String printable(String text) {
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

  boolean isEmpty() {
    return found.isEmpty();
  }

  int size() {
    return found.size();
  }

  List<Problem> sorted() {
    List<Problem> list = new ArrayList<>(found);
    list.sort(Comparator.comparing((Problem p) -> !p.file().equals(mainFile))
        .thenComparing(Problem::file)
        .thenComparingInt(Problem::line)
        .thenComparingInt(Problem::column));
    return list;
  }
}
