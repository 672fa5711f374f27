package backorder.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** YAML that would be read differently than it is written is refused (the table is in BadScenarioTest). */
class YamlReadingTest {

  private static List<Problem> problems(String yaml) {
    return assertThrows(ScenarioException.class,
        () -> ScenarioLoader.parse(yaml, Path.of("s.yaml"))).problems();
  }

  @Test
  void aliasBomb_stopsAfterTenAliases() throws Exception {
    ScenarioException e = assertThrows(ScenarioException.class,
        () -> ScenarioLoader.load(BadScenarioTest.BAD.resolve("alias-bomb.yaml")));
    List<Problem> problems = e.problems();
    assertEquals(YamlTree.MAX_ALIASES + 1, problems.size(), e::getMessage);
    assertEquals("more than 10 YAML aliases: reading stopped (aliases are not supported, and many"
        + " of them make an alias bomb)", problems.get(problems.size() - 1).message());
  }

  @Test
  void plainDecimalNumbers_areRead_asWritten() throws Exception {
    String yaml = java.nio.file.Files.readString(BadScenarioTest.BAD.resolve("leading-zero-integer.yaml"));
    for (String ok : List.of("10", "+10", "0", "1e1", "10.0", ".5e2")) {
      ScenarioLoader.parse(yaml.replace("initial_on_hand: 010", "initial_on_hand: " + ok), Path.of("s.yaml"));
    }
    assertEquals("products[0].initial_on_hand: -010 has a leading zero, which YAML 1.1 reads as an octal"
        + " number (-010 is -8): write it without the leading zero",
        problems(yaml.replace("010", "-010")).get(0).toString().replaceFirst("^s.yaml:\\d+:\\d+: ", ""));
    assertEquals("products[0].initial_on_hand: 1_0.0 has digit separators (_), which YAML 1.1 drops and"
        + " YAML 1.2 does not: write 10.0", problems(yaml.replace("010", "1_0.0")).get(0).toString()
        .replaceFirst("^s.yaml:\\d+:\\d+: ", ""));
  }

  @Test
  void aTextWithALeadingZero_staysTheTextAsWritten() throws Exception {
    String yaml = java.nio.file.Files.readString(BadScenarioTest.BAD.resolve("leading-zero-integer.yaml"))
        .replace("initial_on_hand: 010", "initial_on_hand: 10").replace("sku: A", "sku: 007");
    assertEquals("007", ScenarioLoader.parse(yaml, Path.of("s.yaml")).products().get(0).sku());
  }

  @Test
  void aKeyWithALineBreakOrABidiOverride_staysOnOneLine() {
    Problem p = problems("\"na\\nme\\u202e\": x\n").stream()
        .filter(q -> q.message().startsWith("unknown key")).findFirst().orElseThrow();
    assertEquals("na\\nme?", p.path());
    assertEquals(-1, p.toString().indexOf('\n'), p::toString);
    assertEquals(-1, p.toString().indexOf('\u202e'), p::toString);
  }

  @Test
  void controlCharactersInAValue_areNotEchoed() {
    String yaml = "name: \"a\\e[2Jb\"\nhorizon_days: 1\n";
    String message = problems(yaml).stream().filter(p -> p.path().equals("name")).findFirst()
        .orElseThrow().message();
    assertEquals("must match [a-z0-9-]+ (lowercase letters, digits, dashes), got \"a?[2Jb\"", message);
  }
}
