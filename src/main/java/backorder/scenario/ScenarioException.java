package backorder.scenario;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when a scenario cannot be loaded; carries every problem found, sorted by position. */
public final class ScenarioException extends Exception {

  private static final long serialVersionUID = 1L;

  private final List<Problem> problems;

  public ScenarioException(List<Problem> problems) {
    super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a ScenarioException needs at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  /** The problems, one per line of output, sorted by file, line and column. */
  public List<Problem> problems() {
    return problems;
  }
}
