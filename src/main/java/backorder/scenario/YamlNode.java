package backorder.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A value of a YAML document (or of a CSV cell) together with where it was written. */
sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Mapping, YamlNode.Sequence {

  Where where();

  /** A place in a file: 1-based line and column. */
  record Where(String file, int line, int column) {}

  /** What a scalar turned out to be when read the YAML way. */
  enum Kind { STRING, INTEGER, FLOAT, NON_FINITE, BOOLEAN, NULL }

  /**
   * A single value.
   *
   * @param text the value as written (for numbers the source text, e.g. {@code 1_000})
   * @param number Integer/Long/BigInteger for INTEGER, Double for FLOAT; null otherwise
   */
  record Scalar(Kind kind, String text, Number number, Where where) implements YamlNode {}

  /** One {@code key: value} pair of a mapping, with where the key was written. */
  record Entry(String key, Where keyWhere, YamlNode value) {}

  /** A mapping whose entries keep their written order. */
  record Mapping(Map<String, Entry> entries, Where where) implements YamlNode {
    public Mapping {
      entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    YamlNode get(String key) {
      Entry e = entries.get(key);
      return e == null ? null : e.value();
    }

    boolean has(String key) {
      return entries.containsKey(key);
    }
  }

  /** A list. */
  record Sequence(List<YamlNode> items, Where where) implements YamlNode {
    public Sequence {
      items = List.copyOf(items);
    }
  }

  /** How a value is shown after "got" in a message. */
  static String describe(YamlNode node) {
    if (node instanceof Mapping) {
      return "a mapping";
    }
    if (node instanceof Sequence) {
      return "a list";
    }
    Scalar s = (Scalar) node;
    return switch (s.kind()) {
      case STRING -> quote(s.text());
      case NULL -> s.text().isEmpty() ? "an empty value" : "null";
      default -> shown(Problem.shortNumber(s.text(), 40));
    };
  }

  /** Double-quotes a text for a message, shortened when long. */
  static String quote(String text) {
    return "\"" + shown(text, true) + "\"";
  }

  /**
   * A text as a message shows it: at most 40 characters ("..." marks a cut), a line break as
   * {@code \\n} and any other control or invisible formatting character as '?', so that no value
   * can move the terminal's cursor or flood the screen.
   */
  static String shown(String text) {
    return shown(text, false);
  }

  private static String shown(String text, boolean escapeQuotes) {
    String t = text.length() > 40 ? text.substring(0, 37) + "..." : text;
    StringBuilder b = new StringBuilder(t.length());
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '\n') {
        b.append("\\n");
      } else if (escapeQuotes && (c == '\\' || c == '"')) {
        b.append('\\').append(c);
      } else if (Problem.invisible(c)) {
        b.append('?');
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
