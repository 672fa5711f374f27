package backorder.scenario;

import backorder.scenario.YamlNode.Entry;
import backorder.scenario.YamlNode.Mapping;
import backorder.scenario.YamlNode.Scalar;
import backorder.scenario.YamlNode.Sequence;
import backorder.scenario.YamlNode.Where;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the keys of one mapping at a known path: reports unknown keys when opened, then hands out
 * typed values with defaults; "required" problems point at the mapping's start.
 */
final class MappingReader {

  final Mapping mapping;
  final String path;
  final Problems problems;
  /** Paths of keys whose values were written elsewhere (a location's {@code at} override). */
  private final Map<String, String> keyPaths;

  private MappingReader(Mapping mapping, String path, Problems problems,
      Map<String, String> keyPaths) {
    this.mapping = mapping;
    this.path = path;
    this.problems = problems;
    this.keyPaths = keyPaths;
  }

  /**
   * Opens a mapping, reporting keys outside {@code allowed} (null: check later with
   * {@link #rejectUnknownKeys}); null when the node is no mapping.
   */
  static MappingReader open(YamlNode node, String path, Problems problems, List<String> allowed) {
    Mapping m = Values.mapping(node, path, problems);
    if (m == null) {
      return null;
    }
    MappingReader reader = new MappingReader(m, path, problems, Map.of());
    if (allowed != null) {
      reader.rejectUnknownKeys(allowed);
    }
    return reader;
  }

  void rejectUnknownKeys(List<String> allowed) {
    for (Entry e : mapping.entries().values()) {
      if (!allowed.contains(e.key())) {
        problems.add(e.keyWhere(), pathOf(e.key()), "unknown key '" + e.key()
            + "' (expected one of: " + String.join(", ", allowed) + ")");
      }
    }
  }

  /**
   * A reader of {@code merged} at {@code path} whose keys in {@code keyPaths} are named by the path
   * given there (where the user wrote them), so a problem in one points at the right place.
   */
  static MappingReader merged(Mapping merged, String path, Map<String, String> keyPaths,
      Problems problems) {
    return new MappingReader(merged, path, problems, Map.copyOf(keyPaths));
  }

  String pathOf(String key) {
    String own = keyPaths.get(key);
    if (own != null) {
      return own;
    }
    return path.isEmpty() || "(root)".equals(path) ? key : path + "." + key;
  }

  boolean has(String key) {
    return mapping.has(key);
  }

  YamlNode get(String key) {
    return mapping.get(key);
  }

  Where where() {
    return mapping.where();
  }

  Where keyWhere(String key) {
    Entry e = mapping.entries().get(key);
    return e == null ? mapping.where() : e.keyWhere();
  }

  /** Reports {@code key} as required, at the mapping's start. */
  void missing(String key) {
    missing(key, "required");
  }

  void missing(String key, String message) {
    problems.add(mapping.where(), pathOf(key), message);
  }

  Double number(String key, Check check) {
    return has(key) ? Values.number(get(key), pathOf(key), problems, check) : null;
  }

  double number(String key, double fallback, Check check) {
    Double v = number(key, check);
    return v == null ? fallback : v;
  }

  Double requiredNumber(String key, Check check) {
    if (!has(key)) {
      missing(key);
      return null;
    }
    return number(key, check);
  }

  Long integer(String key, long min, long max) {
    return has(key) ? Values.integer(get(key), pathOf(key), problems, min, max) : null;
  }

  long integer(String key, long fallback, long min, long max) {
    Long v = integer(key, min, max);
    return v == null ? fallback : v;
  }

  String text(String key) {
    return has(key) ? Values.text(get(key), pathOf(key), problems) : null;
  }

  String requiredText(String key) {
    if (!has(key)) {
      missing(key);
      return null;
    }
    return text(key);
  }

  /**
   * A required name (sku, policy, supplier, location): not blank, at most
   * {@link InputLimits#MAX_NAME_CHARS} characters and without control or invisible formatting
   * characters ({@link Problem#firstInvisible}); null, with the problem reported, otherwise.
   */
  String requiredName(String key) {
    String name = requiredText(key);
    if (name == null) {
      return null;
    }
    if (name.isBlank()) {
      problems.add(get(key).where(), pathOf(key), "must not be empty");
      return null;
    }
    if (name.length() > InputLimits.MAX_NAME_CHARS) {
      problems.add(get(key).where(), pathOf(key), "must be at most " + InputLimits.MAX_NAME_CHARS
          + " characters (a name labels tables and charts), got " + name.length() + ": "
          + YamlNode.quote(name));
      return null;
    }
    int hidden = Problem.firstInvisible(name);
    if (hidden >= 0) {
      // a right-to-left override or a zero-width space would make one name look like another in the report
      int c = name.codePointAt(hidden);
      problems.add(get(key).where(), pathOf(key), "must not contain control or invisible formatting"
          + " characters (a name labels tables and charts), got " + String.format(Locale.ROOT, "U+%04X", c)
          + " at character " + (name.codePointCount(0, hidden) + 1) + " of " + YamlNode.quote(name));
      return null;
    }
    return name;
  }

  boolean bool(String key, boolean fallback) {
    Boolean v = has(key) ? Values.bool(get(key), pathOf(key), problems) : null;
    return v == null ? fallback : v;
  }

  String oneOf(String key, String noun, List<String> allowed) {
    return has(key) ? Values.oneOf(get(key), pathOf(key), problems, noun, allowed) : null;
  }

  String requiredOneOf(String key, String noun, List<String> allowed) {
    if (!has(key)) {
      missing(key);
      return null;
    }
    return oneOf(key, noun, allowed);
  }

  Dist dist(String key, DistParser.Use use) {
    return has(key) ? DistParser.parse(get(key), pathOf(key), problems, use) : null;
  }

  /** A list of texts; each is checked against {@code known} (null = anything) with the noun. */
  List<String> names(String key, String noun, List<String> known) {
    if (!has(key)) {
      return null;
    }
    Sequence list = Values.list(get(key), pathOf(key), problems);
    if (list == null) {
      return null;
    }
    List<String> names = new ArrayList<>();
    for (int i = 0; i < list.items().size(); i++) {
      YamlNode item = list.items().get(i);
      String itemPath = Values.index(pathOf(key), i);
      String name = Values.text(item, itemPath, problems);
      if (name == null) {
        continue;
      }
      if (known != null && !known.contains(name)) {
        problems.add(item.where(), itemPath, unknownName(noun, name, known));
      } else if (names.contains(name)) {
        problems.add(item.where(), itemPath, "duplicate " + noun + " '" + name + "'");
      } else {
        names.add(name);
      }
    }
    return names;
  }

  /** "unknown supplier 'x' (expected one of: a, b)"; long lists of known names are not spelt out. */
  static String unknownName(String noun, String name, List<String> known) {
    if (known.isEmpty() || known.size() > 12) {
      return "unknown " + noun + " '" + YamlNode.shown(name) + "'";
    }
    return "unknown " + noun + " '" + YamlNode.shown(name) + "' (expected one of: "
        + String.join(", ", known.stream().map(YamlNode::shown).toList()) + ")";
  }

  /** The scalar text of a key for messages, or null. */
  String rawText(String key) {
    return get(key) instanceof Scalar s ? YamlNode.describe(s) : null;
  }
}
