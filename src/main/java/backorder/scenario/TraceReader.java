package backorder.scenario;

import backorder.scenario.CsvTable.Cell;
import backorder.scenario.CsvTable.Row;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads demand trace files ({@code process: trace}): CSV with header {@code day,orders}, one row
 * per whole day that has orders, into orders per day indexed by day. Each file is read once.
 */
final class TraceReader {

  /** Largest day a trace may list (about 2,700 years; it bounds the array). */
  static final int MAX_DAY = 1_000_000;

  private static final int MAX_PROBLEMS_PER_FILE = 20;

  private final Path scenarioFile;
  private final Problems problems;
  private final SideFiles sideFiles;
  private final Map<Path, int[]> read = new HashMap<>();

  TraceReader(Path scenarioFile, Problems problems, SideFiles sideFiles) {
    this.scenarioFile = scenarioFile;
    this.problems = problems;
    this.sideFiles = sideFiles;
  }

  /** Orders per day (index = day), or null when the file is missing or wrong (reported). */
  int[] read(YamlNode traceValue, String path) {
    String written = Values.text(traceValue, path, problems);
    if (written == null) {
      return null;
    }
    Path file;
    try {
      file = TextFiles.resolve(scenarioFile, written);
    } catch (InvalidPathException e) {
      problems.add(traceValue.where(), path, "not a valid file path: " + YamlNode.quote(written));
      return null;
    }
    if (read.containsKey(file)) {
      return read.get(file);
    }
    int[] orders = null;
    try {
      String text = sideFiles.text(file, InputLimits.TRACE_MAX_BYTES);
      orders = parse(CsvTable.parse(text, file.toString(), InputLimits.trace()), file.toString(),
          path);
    } catch (TextFiles.Unreadable e) {
      problems.add(traceValue.where(), path, "cannot use trace: " + e.getMessage());
    } catch (CsvTable.Malformed e) {
      problems.add(e.where, path, e.getMessage());
    }
    read.put(file, orders);
    return orders;
  }

  private int[] parse(CsvTable table, String file, String path) {
    List<Row> rows = table.rows();
    if (rows.isEmpty()) {
      problems.add(new YamlNode.Where(file, 1, 1), path,
          "the trace file is empty: expected a header day,orders and one row per day");
      return null;
    }
    Row header = rows.get(0);
    if (!headerIsValid(header, path)) {
      return null;
    }
    if (rows.size() == 1) {
      problems.add(header.where(), path, "the trace lists no days");
      return null;
    }
    Map<Integer, Integer> lineOfDay = new HashMap<>();
    int[] orders = new int[0];
    long total = 0;
    int before = problems.size();
    for (Row row : rows.subList(1, rows.size())) {
      if (problems.size() - before >= MAX_PROBLEMS_PER_FILE) {
        problems.add(row.where(), path, "too many problems in this trace file; stopped here");
        return null;
      }
      if (row.cells().size() != 2) {
        problems.add(row.where(), path, "expected 2 cells (day,orders), got " + row.cells().size());
        continue;
      }
      Integer day = whole(row.cells().get(0), "day", MAX_DAY, path);
      Integer count = whole(row.cells().get(1), "orders", InputLimits.TRACE_MAX_ORDERS_PER_DAY, path);
      if (day == null || count == null) {
        continue;
      }
      Integer firstLine = lineOfDay.putIfAbsent(day, row.where().line());
      if (firstLine != null) {
        problems.add(row.cells().get(0).where(), path,
            "day " + day + " is listed twice (first at line " + firstLine + ")");
        continue;
      }
      if (day >= orders.length) {
        orders = java.util.Arrays.copyOf(orders, Math.max(day + 1, orders.length * 2));
      }
      orders[day] = count;
      total += count;
      if (total > InputLimits.TRACE_MAX_ORDERS) {
        problems.add(row.cells().get(1).where(), path, "the orders add up to more than "
            + InputLimits.TRACE_MAX_ORDERS + " by this row: at most " + InputLimits.TRACE_MAX_ORDERS
            + " orders are allowed in a trace file");
        return null;
      }
    }
    if (problems.size() > before) {
      return null;
    }
    int length = lineOfDay.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
    return java.util.Arrays.copyOf(orders, length);
  }

  /** day,orders (any case); the header is shown only when it looks like a CSV header. */
  private boolean headerIsValid(Row header, String path) {
    List<String> written = header.cells().stream().map(Cell::text).toList();
    List<String> names = written.stream().map(c -> c.toLowerCase(java.util.Locale.ROOT)).toList();
    if (names.equals(List.of("day", "orders"))) {
      return true;
    }
    problems.add(header.where(), path, Excerpt.looksLikeHeader(written)
        ? "header must be 'day,orders', got '" + Excerpt.of(String.join(",", written)) + "'"
        : "the first line is not the header 'day,orders' and does not look like a CSV header:"
            + " is this the trace file? (its content is not shown)");
    return false;
  }

  private Integer whole(Cell cell, String column, int max, String path) {
    String t = cell.text();
    if (!t.matches("[0-9]+")) {
      problems.add(cell.where(), path,
          column + ": must be a whole number >= 0, got " + YamlNode.quote(Excerpt.of(t)));
      return null;
    }
    if (t.length() > 10 || Long.parseLong(t) > max) {
      problems.add(cell.where(), path, column + ": must be <= " + max + ", got " + t);
      return null;
    }
    return Integer.parseInt(t);
  }
}
