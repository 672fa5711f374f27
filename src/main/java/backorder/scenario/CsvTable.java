package backorder.scenario;

import backorder.scenario.YamlNode.Where;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV text (RFC 4180: comma-separated, double-quoted cells with {@code ""} escapes) split into
 * rows of cells that know their line and column, for messages like {@code catalog.csv:3:12}.
 * Empty lines are skipped; cells are trimmed.
 */
final class CsvTable {

  /** One cell: its trimmed text and where it starts. */
  record Cell(String text, Where where) {}

  /** One row (header included) and where it starts. */
  record Row(List<Cell> cells, Where where) {}

  private final List<Row> rows;

  private CsvTable(List<Row> rows) {
    this.rows = rows;
  }

  /** All rows; the first is the header. */
  List<Row> rows() {
    return rows;
  }

  /**
   * The most rows (header included) and cells per row a file may have, checked while splitting it
   * so that a huge file fails before it fills the memory; {@code what} names the file's role.
   */
  record Limits(String what, int maxRows, int maxCellsPerRow, long maxCells) {}

  /**
   * Splits the text; an unclosed quote, text after a closing quote, a byte-order mark after the
   * start, or more rows or cells than the limits allow throws {@link Malformed}.
   */
  static CsvTable parse(String text, String file, Limits limits) throws Malformed {
    return new CsvTable(List.copyOf(new Splitter(text, file, limits).rows()));
  }

  /** One pass over the text, keeping the line and column of where it is. */
  private static final class Splitter {
    private final String text;
    private final String file;
    private final Limits limits;
    private final List<Row> rows = new ArrayList<>();
    private final List<Cell> cells = new ArrayList<>();
    private final StringBuilder cell = new StringBuilder();
    private int i;
    private int line = 1;
    private int column = 1;
    private Where cellStart;
    private Where rowStart;
    private boolean lineHasContent;

    Splitter(String text, String file, Limits limits) {
      this.text = text;
      this.file = file;
      this.limits = limits;
      i = text.startsWith("\uFEFF") ? 1 : 0;
      cellStart = new Where(file, line, column);
      rowStart = cellStart;
    }

    List<Row> rows() throws Malformed {
      while (i < text.length()) {
        char ch = text.charAt(i);
        if (ch == '"' && cell.toString().isBlank()) {
          quoted();
        } else if (ch == '\uFEFF') {
          throw new Malformed(here(), "a byte-order mark (U+FEFF, invisible) after the start of"
              + " the file (only one, as its very first character, is allowed): delete it; files"
              + " joined together often carry one");
        } else if (ch == ',') {
          endCell();
        } else if (ch == '\r' || ch == '\n') {
          endLine(ch);
        } else {
          cell.append(ch);
          i++;
          column++;
        }
      }
      if (lineHasContent || cell.length() > 0) {
        cells.add(new Cell(cell.toString().strip(), cellStart));
        addUnlessBlank(rows, cells, rowStart, limits);
      }
      return rows;
    }

    /** A double-quoted cell, which may hold commas, line breaks and "" for a quote. */
    private void quoted() throws Malformed {
      Where quoteAt = here();
      cell.setLength(0);
      i++;
      column++;
      while (true) {
        if (i >= text.length()) {
          throw new Malformed(quoteAt, "unclosed quote: the cell never ends");
        }
        char q = text.charAt(i);
        if (q == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cell.append('"');
          i += 2;
          column += 2;
        } else if (q == '"') {
          i++;
          column++;
          afterClosingQuote();
          break;
        } else {
          cell.append(q);
          i++;
          if (q == '\n') {
            line++;
            column = 1;
          } else {
            column++;
          }
        }
      }
      lineHasContent = true;
    }

    /**
     * Only spaces may stand between a closing quote and the cell's end: {@code "C1"x} is not a cell
     * RFC 4180 allows, and taking it as {@code C1x} would name a product nobody typed.
     */
    private void afterClosingQuote() throws Malformed {
      int j = i;
      while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
        j++;
      }
      if (j < text.length() && text.charAt(j) != ',' && text.charAt(j) != '\r' && text.charAt(j) != '\n') {
        throw new Malformed(new Where(file, line, column + (j - i)), "text after the closing quote of a"
            + " quoted cell: put the whole cell in quotes (a quote inside it written as \"\"), or none of it");
      }
    }

    private void endCell() throws Malformed {
      if (cells.size() + 1 >= limits.maxCellsPerRow()) {
        throw new Malformed(cellStart, "more than " + limits.maxCellsPerRow() + " cells in a row:"
            + " at most " + limits.maxCellsPerRow() + " are allowed in " + limits.what());
      }
      cells.add(new Cell(cell.toString().strip(), cellStart));
      cell.setLength(0);
      i++;
      column++;
      cellStart = here();
      lineHasContent = true;
    }

    private void endLine(char ch) throws Malformed {
      if (lineHasContent || cell.length() > 0) {
        cells.add(new Cell(cell.toString().strip(), cellStart));
        addUnlessBlank(rows, cells, rowStart, limits);
      }
      cells.clear();
      cell.setLength(0);
      i += ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? 2 : 1;
      line++;
      column = 1;
      cellStart = here();
      rowStart = cellStart;
      lineHasContent = false;
    }

    private Where here() {
      return new Where(file, line, column);
    }
  }

  /** Rows whose cells are all empty (",,,", a spreadsheet's trailing rows) are skipped. */
  private static void addUnlessBlank(List<Row> rows, List<Cell> cells, Where rowStart,
      Limits limits) throws Malformed {
    if (!allEmpty(cells)) {
      if (rows.size() >= limits.maxRows()) {
        throw new Malformed(rowStart, "more than " + limits.maxRows() + " rows (header included):"
            + " at most " + limits.maxRows() + " are allowed in " + limits.what());
      }
      rows.add(new Row(List.copyOf(cells), rowStart));
      if ((long) rows.size() * rows.get(0).cells().size() > limits.maxCells()) {
        throw new Malformed(rowStart, "more than " + limits.maxCells() + " cells (rows times the"
            + " header's columns) by this row: at most " + limits.maxCells() + " are allowed in "
            + limits.what());
      }
    }
  }

  /** Whether every cell is empty (a loop, not a stream: it runs once per row of a large catalogue). */
  private static boolean allEmpty(List<Cell> cells) {
    for (Cell c : cells) {
      if (!c.text().isEmpty()) {
        return false;
      }
    }
    return true;
  }

  /** The text is not CSV. */
  static final class Malformed extends Exception {
    private static final long serialVersionUID = 1L;
    final transient Where where;

    Malformed(Where where, String message) {
      super(message, null, false, false);
      this.where = where;
    }
  }
}
