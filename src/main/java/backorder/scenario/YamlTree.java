package backorder.scenario;

import backorder.scenario.YamlNode.Entry;
import backorder.scenario.YamlNode.Kind;
import backorder.scenario.YamlNode.Mapping;
import backorder.scenario.YamlNode.Scalar;
import backorder.scenario.YamlNode.Sequence;
import backorder.scenario.YamlNode.Where;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads YAML text with Jackson's streaming YAML parser into a {@link YamlNode} tree that keeps the
 * line and column of every key and value (Jackson's own tree keeps none).
 *
 * <p>Duplicate keys are detected here rather than with {@code STRICT_DUPLICATE_DETECTION}, which
 * stops the parser at the first one and points past the key. Aliases are refused (Jackson would
 * hand them over as plain strings, and refusing them rules out alias bombs), and so are tags and
 * directives, which would make a value read differently than it looks; a byte-order mark is
 * allowed only as the very first character.
 */
final class YamlTree {

  private static final int MAX_DEPTH = 64;

  /** Aliases reported before reading stops: each is refused, and a file of them is an alias bomb. */
  static final int MAX_ALIASES = 10;

  private static final StrictYamlFactory FACTORY = createFactory();

  private final StrictYamlFactory.Parser parser;
  private final String file;
  private final Where relocateTo;
  private final Problems problems;
  private boolean clean = true;
  private int aliases;

  private YamlTree(StrictYamlFactory.Parser parser, String file, Where relocateTo, Problems problems) {
    this.parser = parser;
    this.file = file;
    this.relocateTo = relocateTo;
    this.problems = problems;
  }

  /**
   * Reads one document; returns null (with problems reported) when the text is not usable YAML:
   * a syntax error, an empty document, several documents, a duplicate key or an alias.
   */
  static YamlNode read(String text, String file, Problems problems) {
    return readText(text, file, null, "(root)", problems);
  }

  /** Reads a value written inside a CSV cell; every node is located at the cell. */
  static YamlNode readCell(String text, Where cell, String path, Problems problems) {
    return readText(text, cell.file(), cell, path, problems);
  }

  private static YamlNode readText(
      String text, String file, Where relocateTo, String path, Problems problems) {
    Where bom = strayByteOrderMark(text, file, relocateTo);
    if (bom != null) {
      problems.add(bom, path, "a byte-order mark (U+FEFF, invisible) after the start of the file"
          + " (only one, as its very first character, is allowed): delete it; files joined"
          + " together often carry one");
      return null;
    }
    Where longLine = overlongLine(text, file, relocateTo);
    if (longLine != null) {
      problems.add(longLine, path, "a line longer than " + InputLimits.YAML_MAX_LINE_CHARS
          + " characters: write a long list or text over several lines (YAML reads one such"
          + " line slowly)");
      return null;
    }
    try (YAMLParser parser = FACTORY.createParser(text)) {
      YamlTree tree =
          new YamlTree((StrictYamlFactory.Parser) parser, file, relocateTo, problems);
      return tree.document(path);
    } catch (SyntaxError e) {
      problems.add(e.where, e.path, e.getMessage());
      return null;
    } catch (IOException e) {
      problems.add(new Where(file, 1, 1), path, "cannot read YAML: " + oneLine(e.getMessage()));
      return null;
    }
  }

  private YamlNode document(String path) {
    JsonToken first = next(path);
    if (first == null) {
      problems.add(where(JsonLocation.NA), path,
          "the file is empty: a scenario is a mapping with at least name, horizon_days, products,"
              + " suppliers and policies");
      return null;
    }
    YamlNode root = value(first, path, 0);
    JsonToken extra = next(path);
    if (extra != null) {
      problems.add(where(parser.currentTokenLocation()), path,
          "only one YAML document is allowed per file (found another after '---')");
      return null;
    }
    return clean ? root : null;
  }

  private YamlNode value(JsonToken token, String path, int depth) {
    Where at = where(parser.currentTokenLocation());
    reportFindings(path);
    if (depth > MAX_DEPTH) {
      throw new SyntaxError(at, path, "nested more than " + MAX_DEPTH + " levels deep");
    }
    switch (token) {
      case START_OBJECT:
        return mapping(at, path, depth);
      case START_ARRAY:
        List<YamlNode> items = new ArrayList<>();
        for (JsonToken t = next(path); t != JsonToken.END_ARRAY; t = next(path)) {
          if (t == null) {
            throw new SyntaxError(at, path, "unexpected end of the list");
          }
          items.add(value(t, path + "[" + items.size() + "]", depth + 1));
        }
        return new Sequence(items, at);
      default:
        return scalar(token, at, path);
    }
  }

  private Mapping mapping(Where at, String path, int depth) {
    Map<String, Entry> entries = new LinkedHashMap<>();
    for (JsonToken t = next(path); t != JsonToken.END_OBJECT; t = next(path)) {
      if (t != JsonToken.FIELD_NAME) {
        throw new SyntaxError(at, path, "malformed mapping");
      }
      String key = currentName(path);
      Where keyAt = where(parser.currentTokenLocation());
      String keyPath = "(root)".equals(path) ? key : path + "." + key;
      reportFindings(keyPath);
      JsonToken valueToken = next(keyPath);
      if (valueToken == null) {
        throw new SyntaxError(keyAt, keyPath, "unexpected end of the file");
      }
      YamlNode value = value(valueToken, keyPath, depth + 1);
      Entry first = entries.get(key);
      if (first != null) {
        clean = false;
        problems.add(keyAt, keyPath,
            "duplicate key '" + key + "' (first at line " + first.keyWhere().line() + ")");
      } else {
        entries.put(key, new Entry(key, keyAt, value));
      }
    }
    return new Mapping(entries, at);
  }

  private Scalar scalar(JsonToken token, Where at, String path) {
    String text = text(path);
    switch (token) {
      case VALUE_STRING:
        return new Scalar(Kind.STRING, text, null, at);
      case VALUE_NUMBER_INT:
        try {
          return new Scalar(Kind.INTEGER, text, parser.getNumberValue(), at);
        } catch (IOException | RuntimeException e) {
          return new Scalar(Kind.NON_FINITE, text, null, at);
        }
      case VALUE_NUMBER_FLOAT:
        try {
          double d = parser.getDoubleValue();
          return Double.isFinite(d)
              ? new Scalar(Kind.FLOAT, text, d, at)
              : new Scalar(Kind.NON_FINITE, text, null, at);
        } catch (IOException | RuntimeException e) {
          return new Scalar(Kind.NON_FINITE, text, null, at); // .inf, .nan
        }
      case VALUE_TRUE:
      case VALUE_FALSE:
        return new Scalar(Kind.BOOLEAN, text, null, at);
      case VALUE_NULL:
        return new Scalar(Kind.NULL, text, null, at);
      default:
        return new Scalar(Kind.STRING, text, null, at);
    }
  }

  /** Tags, directives and aliases the parser found since the last call, each one problem. */
  private void reportFindings(String path) {
    for (StrictYamlFactory.Finding f : parser.takeFindings()) {
      clean = false;
      Where at = mark(f.mark());
      if (f.alias() && ++aliases > MAX_ALIASES) {
        throw new SyntaxError(at, path, "more than " + MAX_ALIASES + " YAML aliases: reading"
            + " stopped (aliases are not supported, and many of them make an alias bomb)");
      }
      problems.add(at, path, f.message());
    }
  }

  /**
   * Where the first line over {@link InputLimits#YAML_MAX_LINE_CHARS} characters passes the limit,
   * or null; every character YAML takes for a line break ends a line.
   */
  private static Where overlongLine(String text, String file, Where relocateTo) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        line += c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? 0 : 1;
        lineStart = i + 1;
      } else if (i - lineStart >= InputLimits.YAML_MAX_LINE_CHARS) {
        return relocateTo != null ? relocateTo : new Where(file, line, i - lineStart + 1);
      }
    }
    return null;
  }

  /** Where a byte-order mark stands after the first character, or null. */
  private static Where strayByteOrderMark(String text, String file, Where relocateTo) {
    int at = text.indexOf('\uFEFF', 1);
    if (at < 0) {
      return null;
    }
    if (relocateTo != null) {
      return relocateTo;
    }
    int lineStart = text.lastIndexOf('\n', at) + 1;
    int line = 1 + (int) text.substring(0, lineStart).chars().filter(c -> c == '\n').count();
    return new Where(file, line, at - lineStart + 1);
  }

  private String text(String path) {
    try {
      String t = parser.getText();
      return t == null ? "" : t;
    } catch (IOException e) {
      throw new SyntaxError(where(parser.currentTokenLocation()), path, oneLine(e.getMessage()));
    }
  }

  private String currentName(String path) {
    try {
      return parser.currentName();
    } catch (IOException e) {
      throw new SyntaxError(where(parser.currentTokenLocation()), path, oneLine(e.getMessage()));
    }
  }

  private JsonToken next(String path) {
    try {
      return parser.nextToken();
    } catch (JsonProcessingException e) {
      throw syntaxError(e, path);
    } catch (IOException | RuntimeException e) {
      throw new SyntaxError(where(parser.currentLocation()), path,
          "not valid YAML: " + oneLine(e.getMessage()));
    }
  }

  private SyntaxError syntaxError(JsonProcessingException e, String path) {
    if (e.getCause() instanceof MarkedYAMLException m && m.getProblemMark() != null) {
      Where at = mark(m.getProblemMark());
      String problem = oneLine(m.getProblem());
      if (problem.contains("(TAB)")) {
        return new SyntaxError(at, path, "tab character: indent YAML with spaces, not tabs");
      }
      String message = "not valid YAML: " + problem;
      if (m.getContext() != null && m.getContextMark() != null) {
        Where ctx = mark(m.getContextMark());
        message += " (" + oneLine(m.getContext()) + " that starts at line " + ctx.line()
            + ", column " + ctx.column() + ")";
      }
      return new SyntaxError(at, path, message);
    }
    String message = e.getOriginalMessage();
    if (e.getCause() instanceof org.yaml.snakeyaml.error.YAMLException y) {
      message = y.getMessage();
    }
    if (message != null && message.startsWith("Expected a field name")) {
      message = "a key must be a plain value, not a list or mapping";
    }
    return new SyntaxError(where(e.getLocation()), path, "not valid YAML: " + oneLine(message));
  }

  private Where mark(Mark m) {
    return relocateTo != null ? relocateTo : new Where(file, m.getLine() + 1, m.getColumn() + 1);
  }

  private Where where(JsonLocation location) {
    if (relocateTo != null) {
      return relocateTo;
    }
    if (location == null || location.getLineNr() < 1) {
      return new Where(file, 1, 1);
    }
    return new Where(file, location.getLineNr(), Math.max(1, location.getColumnNr()));
  }

  private static String oneLine(String s) {
    if (s == null) {
      return "unknown error";
    }
    String line = s.strip().replaceAll("\\s*\\n\\s*", " ");
    return line.length() > 200 ? line.substring(0, 197) + "..." : line;
  }

  private static StrictYamlFactory createFactory() {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(8 * 1024 * 1024); // the 4 MiB byte limit is checked before parsing
    options.setNestingDepthLimit(MAX_DEPTH + 1);
    options.setAllowDuplicateKeys(true); // detected above, with both locations
    return new StrictYamlFactory(YAMLFactory.builder()
        .loaderOptions(options)
        .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
        .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL), options);
  }

  /** A fatal syntax problem: the rest of the document cannot be trusted. */
  private static final class SyntaxError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient Where where;
    final String path;

    SyntaxError(Where where, String path, String message) {
      super(message, null, false, false);
      this.where = where;
      this.path = path;
    }
  }
}
