package backorder.scenario;

/**
 * The documented caps on the size of what a scenario reads, each checked before the work it
 * bounds, so that an absurd file fails with a message naming the cap instead of filling the memory.
 * They leave 100,000-product portfolios of daily traces well inside (README, "Limits").
 */
public final class InputLimits {

  /** SPEC §1: a scenario file is at most 4 MiB. */
  public static final long SCENARIO_MAX_BYTES = 4L * 1024 * 1024;

  /**
   * Characters in one line of YAML (a scenario's, or a catalogue cell's): SnakeYAML copies what it
   * has buffered of a token for every kilobyte it reads, so one 3 MB line took 20 s to read.
   */
  public static final int YAML_MAX_LINE_CHARS = 100_000;

  /** A name's characters (sku, policy, supplier, location): it labels tables and charts. */
  public static final int MAX_NAME_CHARS = 100;

  /** A trace file's size (a full trace of a million days takes about 16 MB). */
  public static final long TRACE_MAX_BYTES = 32L * 1024 * 1024;

  /** A trace lists each day once, day 0 to {@link TraceReader#MAX_DAY}: its rows, header included. */
  public static final int TRACE_MAX_ROWS = TraceReader.MAX_DAY + 2;

  /** Orders on one day of a trace: the bound of {@code rate_per_day}. */
  public static final int TRACE_MAX_ORDERS_PER_DAY = 1_000_000;

  /** Orders in one trace file, all days together. */
  public static final long TRACE_MAX_ORDERS = 1_000_000_000L;

  /** A product catalogue's size (100,000 products of 9 columns take about 4.3 MB). */
  public static final long CATALOG_MAX_BYTES = 32L * 1024 * 1024;

  /**
   * A product catalogue's rows, header included: 200,000 products (loading 100,000 products of 9
   * columns fits in 512 MB of heap, 200,000 in 1 GB).
   */
  public static final int CATALOG_MAX_ROWS = 200_001;

  /** A product catalogue's cells, as rows times the header's columns: 40 columns of 200,000. */
  public static final long CATALOG_MAX_CELLS = 8_000_000L;

  /** Cells in one row of a side file (a catalogue has at most a few dozen columns). */
  public static final int MAX_CELLS_PER_ROW = 256;

  private InputLimits() {}

  static CsvTable.Limits trace() {
    return new CsvTable.Limits("a trace file", TRACE_MAX_ROWS, MAX_CELLS_PER_ROW,
        2L * TRACE_MAX_ROWS);
  }

  static CsvTable.Limits catalog() {
    return new CsvTable.Limits("a product catalogue", CATALOG_MAX_ROWS, MAX_CELLS_PER_ROW,
        CATALOG_MAX_CELLS);
  }
}
