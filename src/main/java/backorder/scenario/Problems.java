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
    this.mainFile = Problem.printable(mainFile);
  }

  void add(Where where, String path, String message) {
    found.add(new Problem(where.file(), where.line(), where.column(), path, message));
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
