package backorder.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** Every malformed scenario under scenarios/bad is refused with its first problem where expected. */
class BadScenarioTest {

  static final Path BAD = Path.of("src/test/resources/scenarios/bad");

  @ParameterizedTest(name = "{0} -> {2}:{3} {4}")
  @CsvFileSource(resources = "/scenarios/bad/expected.csv", numLinesToSkip = 1)
  void badScenario_isRefused_withItsFirstProblemLocated(String scenario, String problemFile,
      int line, Integer column, String path, String messageContains) {
    Path file = BAD.resolve(scenario);

    ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(file));

    Problem first = e.problems().get(0);
    if (problemFile == null) {
      assertEquals(file.toString(), first.file(), "problem file");
    } else {
      assertTrue(first.file().endsWith(problemFile), () -> "problem file: " + first.file());
    }
    assertEquals(line, first.line(), () -> "line of " + first);
    if (column != null) {
      assertEquals(column, first.column(), () -> "column of " + first);
    }
    assertEquals(path, first.path(), () -> "path of " + first);
    assertFalse(first.message().isBlank());
    assertTrue(first.message().contains(messageContains), () -> "message of " + first);
    assertWellFormed(e.problems());
  }

  @Test
  void everyBadFile_isListedInExpectedCsv() throws IOException {
    String expected = Files.readString(BAD.resolve("expected.csv"));
    try (Stream<Path> files = Files.list(BAD)) {
      List<String> yaml = files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".yaml")).sorted().toList();
      assertTrue(yaml.size() >= 25, "at least 25 malformed scenarios");
      for (String name : yaml) {
        assertTrue(expected.contains("\n" + name + ","), name + " is missing from expected.csv");
      }
    }
  }

  /** Problems are complete, one line each, and sorted: scenario file first, by line and column. */
  static void assertWellFormed(List<Problem> problems) {
    assertFalse(problems.isEmpty());
    for (Problem p : problems) {
      assertTrue(p.line() >= 1 && p.column() >= 1, p::toString);
      assertFalse(p.path().isBlank(), p::toString);
      assertFalse(p.message().isBlank(), p::toString);
      assertFalse(p.toString().contains("\n"), p::toString);
      assertEquals(p.file() + ":" + p.line() + ":" + p.column() + ": " + p.path() + ": "
          + p.message(), p.toString());
    }
    String main = problems.get(0).file();
    Comparator<Problem> order = Comparator.comparing((Problem p) -> !p.file().equals(main))
        .thenComparing(Problem::file).thenComparingInt(Problem::line)
        .thenComparingInt(Problem::column);
    assertEquals(problems.stream().sorted(order).toList(), problems, "sorted");
  }
}
