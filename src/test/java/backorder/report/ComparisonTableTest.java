package backorder.report;

import static backorder.report.TinyRun.same;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ComparisonTableTest {

  /** A policy name with a right-to-left override cannot reverse the terminal's line or the column widths. */
  @Test
  void policyNamesWithControlOrBidiCharacters_areShownAsEscapes() {
    String table = ComparisonTable.render(new TinyRun()
        .policy("safe\u202Ety", "fill_rate", same(3, 0.9), "net_value", same(3, 10))
        .policy("ot\u001B[2Jher", "fill_rate", same(3, 0.8), "net_value", same(3, 9))
        .result(), Path.of("out\u0007/report.html"));

    assertEquals(-1, firstEscaped(table), table);
    String[] lines = table.split("\n");
    assertTrue(lines[0].endsWith("*safe\\u202Ety  ot\\u001B[2Jher"), lines[0]);
    assertEquals(lines[0].length(), lines[1].length(), "the columns line up:\n" + table);
    assertTrue(table.contains("* recommended: safe\\u202Ety (rank 1"), table);
    assertTrue(table.contains("report: out\\u0007/report.html"), table);
  }

  /** The index of the first character {@link VisibleText} would escape, or -1. */
  static int firstEscaped(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (VisibleText.escaped(text.codePointAt(i))) {
        return i;
      }
    }
    return -1;
  }
}
