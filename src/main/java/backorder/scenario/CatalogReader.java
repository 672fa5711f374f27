package backorder.scenario;

import backorder.scenario.CsvTable.Cell;
import backorder.scenario.CsvTable.Row;
import backorder.scenario.YamlNode.Entry;
import backorder.scenario.YamlNode.Kind;
import backorder.scenario.YamlNode.Mapping;
import backorder.scenario.YamlNode.Scalar;
import backorder.scenario.YamlNode.Sequence;
import backorder.scenario.YamlNode.Where;
import java.math.BigInteger;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads {@code product_catalog} CSV rows into located product mappings: columns are product keys
 * in dotted form ({@code demand.rate_per_day}, {@code customers.patience_days.mean}), each cell is
 * read like a YAML value, and empty cells are left out so that product_defaults fill them.
 */
final class CatalogReader {

  /** One row as a product mapping and the path its problems are reported under. */
  record CatalogRow(Mapping product, String path) {}

  /** Distribution-valued keys, which may also be given part by part. */
  static final List<String> DIST_KEYS = List.of("demand.order_size", "customers.patience_days");

  static final List<String> DIST_PARTS =
      List.of("dist", "value", "mean", "sd", "min", "max", "mode", "values", "weights");

  private static final String SUBSTITUTES = "customers.substitutes";

  private static final List<String> TEXT_COLUMNS =
      List.of("sku", "when_out_of_stock", "demand.process", "demand.trace");

  private static final Pattern INTEGER = Pattern.compile("[-+]?[0-9]+");
  private static final Pattern DECIMAL =
      Pattern.compile("[-+]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][-+]?[0-9]+)?");
  private static final Pattern NON_FINITE = Pattern.compile("[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)");

  private final Path scenarioFile;
  private final Problems problems;
  private final SideFiles sideFiles;

  CatalogReader(Path scenarioFile, Problems problems, SideFiles sideFiles) {
    this.scenarioFile = scenarioFile;
    this.problems = problems;
    this.sideFiles = sideFiles;
  }

  /** The catalogue's rows, or an empty list when the file or its header is wrong (reported). */
  List<CatalogRow> read(YamlNode value, String path, ProductDraft defaults) {
    String written = Values.text(value, path, problems);
    if (written == null) {
      return List.of();
    }
    CsvTable table;
    try {
      Path file = TextFiles.resolve(scenarioFile, written);
      table = CsvTable.parse(sideFiles.text(file, InputLimits.CATALOG_MAX_BYTES), file.toString(),
          InputLimits.catalog());
    } catch (InvalidPathException e) {
      problems.add(value.where(), path, "not a valid file path: " + YamlNode.quote(written));
      return List.of();
    } catch (TextFiles.Unreadable e) {
      problems.add(value.where(), path, "cannot use product_catalog: " + e.getMessage());
      return List.of();
    } catch (CsvTable.Malformed e) {
      problems.add(e.where, path, e.getMessage());
      return List.of();
    }
    if (table.rows().isEmpty()) {
      problems.add(value.where(), path, "the catalogue file is empty: expected a header row");
      return List.of();
    }
    Row header = table.rows().get(0);
    List<String> columns = header.cells().stream().map(Cell::text).toList();
    if (!headerIsValid(header, path)) {
      return List.of();
    }
    List<CatalogRow> rows = new ArrayList<>();
    for (Row row : table.rows().subList(1, table.rows().size())) {
      String rowPath = Values.index(path, rows.size());
      if (row.cells().size() > columns.size()) {
        problems.add(row.cells().get(columns.size()).where(), rowPath,
            "the row has " + row.cells().size() + " cells, the header " + columns.size());
      }
      rows.add(new CatalogRow(product(row, columns, rowPath, defaults), rowPath));
    }
    return rows;
  }

  private boolean headerIsValid(Row header, String path) {
    if (!Excerpt.looksLikeHeader(header.cells().stream().map(Cell::text).toList())) {
      problems.add(header.where(), path, "the first line is not a CSV header of product keys"
          + " (sku,price,demand.rate_per_day,...) and does not look like one: is this the product"
          + " catalogue? (its content is not shown)");
      return false;
    }
    int before = problems.size();
    List<String> seen = new ArrayList<>();
    for (Cell cell : header.cells()) {
      String column = cell.text();
      String group = groupOf(column);
      if (!ProductParser.dottedKeys().contains(column) && group == null) {
        problems.add(cell.where(), path, "unknown column '" + Excerpt.of(column) + "' (expected one of: "
            + String.join(", ", ProductParser.dottedKeys()) + ", or the parts "
            + String.join("/", DIST_PARTS) + " of " + String.join(", ", DIST_KEYS) + ")");
      } else if (seen.contains(column)) {
        problems.add(cell.where(), path, "duplicate column '" + Excerpt.of(column) + "'");
      } else if (group != null && seen.contains(group) || seen.stream().anyMatch(
          s -> column.equals(groupOf(s)))) {
        problems.add(cell.where(), path, "column '" + Excerpt.of(column) + "' conflicts with another column for "
            + (group != null ? group : column) + ": give it whole or part by part, not both");
      }
      seen.add(column);
    }
    if (!seen.contains("sku")) {
      problems.add(header.where(), path, "missing column 'sku'");
    }
    return problems.size() == before;
  }

  /** "customers.patience_days" for "customers.patience_days.mean", else null. */
  private static String groupOf(String column) {
    int dot = column.lastIndexOf('.');
    if (dot < 0) {
      return null;
    }
    String group = column.substring(0, dot);
    return DIST_KEYS.contains(group) && DIST_PARTS.contains(column.substring(dot + 1)) ? group : null;
  }

  private Mapping product(Row row, List<String> columns, String path, ProductDraft defaults) {
    Map<String, Object> tree = new LinkedHashMap<>();
    Map<String, Where> starts = new LinkedHashMap<>();
    for (int i = 0; i < Math.min(columns.size(), row.cells().size()); i++) {
      Cell cell = row.cells().get(i);
      if (cell.text().isEmpty()) {
        continue;
      }
      String column = columns.get(i);
      YamlNode node = cellValue(column, cell, path + "." + column);
      if (node != null) {
        put(tree, starts, column, new Entry(last(column), cell.where(), node), "");
      }
    }
    for (String group : DIST_KEYS) {
      Object parts = find(tree, group);
      if (parts instanceof Map<?, ?> map) {
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) map;
        completeDist(m, starts.get(group), group, defaults);
      }
    }
    return toMapping(tree, starts, "", row.where());
  }

  /** A distribution given part by part takes its family and missing parameters from the defaults. */
  private static void completeDist(Map<String, Object> parts, Where at, String group,
      ProductDraft defaults) {
    Dist inherited = group.equals("customers.patience_days") ? defaults.patienceDays
        : defaults.orderSize;
    String fallback = group.equals("customers.patience_days") ? "exponential" : "geometric";
    if (inherited != null && inherited.kind() == Dist.Kind.CONSTANT) {
      inherited = null;
    }
    if (!parts.containsKey("dist")) {
      String kind = inherited != null ? DistParser.nameOf(inherited.kind()) : fallback;
      parts.put("dist", new Entry("dist", at, new Scalar(Kind.STRING, kind, null, at)));
    }
    Object dist = ((Entry) parts.get("dist")).value();
    if (inherited == null || !(dist instanceof Scalar s)
        || !s.text().equals(DistParser.nameOf(inherited.kind()))) {
      return;
    }
    for (Map.Entry<String, Object> p : DistParser.parameterValues(inherited).entrySet()) {
      if (!parts.containsKey(p.getKey())) {
        parts.put(p.getKey(), new Entry(p.getKey(), at, synthetic(p.getValue(), at)));
      }
    }
  }

  private static YamlNode synthetic(Object value, Where at) {
    if (value instanceof double[] list) {
      List<YamlNode> items = new ArrayList<>();
      for (double v : list) {
        items.add(new Scalar(Kind.FLOAT, Check.format(v), v, at));
      }
      return new Sequence(items, at);
    }
    double v = (Double) value;
    return new Scalar(Kind.FLOAT, Check.format(v), v, at);
  }

  /**
   * A cell read like a YAML value; lists and mappings in YAML flow style ({@code [1, 2]}), and
   * substitutes also in the short form {@code SKU:PROBABILITY;...} that needs no CSV quotes.
   */
  private YamlNode cellValue(String column, Cell cell, String path) {
    String t = cell.text();
    Where at = cell.where();
    if (TEXT_COLUMNS.contains(column) || column.endsWith(".dist")) {
      return new Scalar(Kind.STRING, t, null, at);
    }
    if (t.startsWith("[") || t.startsWith("{")) {
      return YamlTree.readCell(t, at, path, problems);
    }
    if (column.equals(SUBSTITUTES)) {
      return substitutes(t, at, path);
    }
    return scalar(t, at);
  }

  /**
   * {@code LAMP-02:0.4;LAMP-03:0.2} as the list {@code [{sku: LAMP-02, accept_probability: 0.4},
   * ...]}, each item located at its column within the cell (exact for an unquoted cell); null
   * when an item is malformed (reported), so that later items keep their positions in messages.
   */
  private YamlNode substitutes(String text, Where at, String path) {
    List<YamlNode> items = new ArrayList<>();
    boolean malformed = false;
    int start = 0;
    String[] parts = text.split(";", -1);
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i];
      String item = part.strip();
      Where where = new Where(at.file(), at.line(),
          at.column() + start + part.length() - part.stripLeading().length());
      start += part.length() + 1;
      int colon = item.lastIndexOf(':');
      if (colon <= 0) {
        problems.add(where, Values.index(path, i), "expected SKU:PROBABILITY (e.g. "
            + "LAMP-02:0.4; several separated by ';'), got " + YamlNode.quote(item));
        malformed = true;
        continue;
      }
      String sku = item.substring(0, colon).strip();
      Where probabilityAt = new Where(at.file(), at.line(), where.column() + colon + 1);
      Map<String, Entry> entries = new LinkedHashMap<>();
      entries.put("sku", new Entry("sku", where, new Scalar(Kind.STRING, sku, null, where)));
      entries.put("accept_probability", new Entry("accept_probability", probabilityAt,
          scalar(item.substring(colon + 1).strip(), probabilityAt)));
      items.add(new Mapping(entries, where));
    }
    return malformed ? null : new Sequence(items, at);
  }

  /** A plain cell: a number, a non-finite number, a boolean or a text, as YAML would read it. */
  private static YamlNode scalar(String t, Where at) {
    if (INTEGER.matcher(t).matches()) {
      return new Scalar(Kind.INTEGER, t, new BigInteger(t.startsWith("+") ? t.substring(1) : t), at);
    }
    if (DECIMAL.matcher(t).matches()) {
      return new Scalar(Kind.FLOAT, t, Double.parseDouble(t), at);
    }
    if (NON_FINITE.matcher(t).matches()) {
      return new Scalar(Kind.NON_FINITE, t, null, at);
    }
    if (t.equals("true") || t.equals("false")) {
      return new Scalar(Kind.BOOLEAN, t, null, at);
    }
    return new Scalar(Kind.STRING, t, null, at);
  }

  @SuppressWarnings("unchecked")
  private static void put(Map<String, Object> tree, Map<String, Where> starts, String dotted,
      Entry entry, String prefix) {
    int dot = dotted.indexOf('.');
    if (dot < 0) {
      tree.put(dotted, entry);
      return;
    }
    String head = dotted.substring(0, dot);
    String full = prefix.isEmpty() ? head : prefix + "." + head;
    starts.putIfAbsent(full, entry.keyWhere());
    Map<String, Object> child =
        (Map<String, Object>) tree.computeIfAbsent(head, k -> new LinkedHashMap<String, Object>());
    put(child, starts, dotted.substring(dot + 1), entry, full);
  }

  private static Object find(Map<String, Object> tree, String dotted) {
    Object node = tree;
    for (String part : dotted.split("\\.")) {
      node = node instanceof Map<?, ?> m ? m.get(part) : null;
    }
    return node;
  }

  @SuppressWarnings("unchecked")
  private static Mapping toMapping(Map<String, Object> tree, Map<String, Where> starts,
      String prefix, Where at) {
    Map<String, Entry> entries = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : tree.entrySet()) {
      if (e.getValue() instanceof Entry entry) {
        entries.put(e.getKey(), entry);
      } else {
        String full = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
        Where start = starts.get(full);
        entries.put(e.getKey(), new Entry(e.getKey(), start,
            toMapping((Map<String, Object>) e.getValue(), starts, full, start)));
      }
    }
    return new Mapping(entries, at);
  }

  private static String last(String dotted) {
    return dotted.substring(dotted.lastIndexOf('.') + 1);
  }
}
