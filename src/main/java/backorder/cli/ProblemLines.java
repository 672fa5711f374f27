package backorder.cli;

import backorder.scenario.Problem;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Prints a scenario's problems, at most {@link #PER_FILE} per file, then how many more there were. */
final class ProblemLines {

  /** Problem lines printed per file: enough to fix a file, few enough to read. */
  static final int PER_FILE = 100;

  private ProblemLines() {}

  static void print(List<Problem> problems, PrintStream err) {
    Map<String, List<Problem>> byFile = new LinkedHashMap<>();
    for (Problem p : problems) {
      byFile.computeIfAbsent(p.file(), f -> new ArrayList<>()).add(p);
    }
    byFile.forEach((file, list) -> {
      list.stream().limit(PER_FILE).forEach(err::println);
      if (list.size() > PER_FILE) {
        err.println("... and " + (list.size() - PER_FILE) + " more problems in " + file);
      }
    });
  }
}
