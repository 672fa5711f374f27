package backorder.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** YAML that would be read differently than it is written is refused (the table is in BadScenarioTest). */
class YamlReadingTest {

  private static final String SHOP = HostileFilesTest.scenario(
      "products:\n  - sku: A\n    price: 10\n    demand: {process: poisson, rate_per_day: 2}");

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

  /** A number of hundreds of digits is shown in six significant digits after "got", not whole. */
  @Test
  void aVeryLongNumberInAMessage_isShownShort() {
    String huge = "1" + "0".repeat(300);
    String message = problems("name: s\nhorizon_days: " + huge + "\nwarmup_days: " + huge + "0\n").stream()
        .filter(p -> p.path().equals("horizon_days") || p.path().equals("warmup_days"))
        .map(Problem::message).reduce("", (a, b) -> a + " | " + b);
    assertTrue(message.contains("got 1E+300"), message);
    assertTrue(message.length() < 400, message);
  }

  @Test
  void controlCharactersInAValue_areNotEchoed() {
    String yaml = "name: \"a\\e[2Jb\"\nhorizon_days: 1\n";
    String message = problems(yaml).stream().filter(p -> p.path().equals("name")).findFirst()
        .orElseThrow().message();
    assertEquals("must match [a-z0-9-]+ (lowercase letters, digits, dashes), got \"a?[2Jb\"", message);
  }

  @Test
  void aLineOverTheLimit_isRefusedWhereItPassesIt_beforeYamlReadsIt() {
    String longLine = "description: " + "y".repeat(InputLimits.YAML_MAX_LINE_CHARS);
    List<Problem> found = problems("name: x\r\nhorizon_days: 1\r\n" + longLine + "\r\n");
    assertEquals(1, found.size(), found::toString);
    assertEquals("s.yaml:3:" + (InputLimits.YAML_MAX_LINE_CHARS + 1) + ": (root): a line longer than"
        + " 100000 characters: write a long list or text over several lines (YAML reads one such"
        + " line slowly)", found.get(0).toString());
  }

  @Test
  void aLineAtTheLimit_isRead() {
    String atLimit = "description: " + "y".repeat(InputLimits.YAML_MAX_LINE_CHARS - 13);
    List<Problem> found = problems("name: x\n" + atLimit + "\n");
    assertTrue(found.stream().noneMatch(p -> p.message().startsWith("a line longer")), found::toString);
  }

  @Test
  void aNameOverTheLimit_isRefused_andUnknownNamesAreShownCut() {
    String yaml = SHOP.replace("name: s1", "name: " + "s".repeat(101));
    List<Problem> found = problems(yaml);
    BadScenarioTest.assertWellFormed(found);
    assertTrue(found.stream().anyMatch(p -> p.path().equals("suppliers[0].name") && p.message()
        .startsWith("must be at most 100 characters (a name labels tables and charts), got 101:")),
        found::toString);
    String referenced = problems(SHOP.replace("supplier: s1",
        "supplier: " + "t".repeat(100))).stream().filter(p -> p.path().equals("policies[0].supplier"))
        .findFirst().orElseThrow().message();
    assertEquals("unknown supplier '" + "t".repeat(37) + "...' (expected one of: s1)", referenced);
  }

  /**
   * A control, bidirectional or zero-width character in a name is refused where it is written, with
   * the character's code point (a U+202E in a policy's name would reverse it in the report).
   */
  @Test
  void aNameWithAControlOrInvisibleCharacter_isRefusedAtItsPlace() {
    String yaml = SHOP.replace("sku: A", "sku: \"A\\tB\"").replace("name: s1", "name: \"s\\u202E1\"")
        .replace("name: p1", "name: \"p\\u200B1\"").replace("supplier: s1", "supplier: \"s\\u202E1\"");
    List<Problem> found = problems(yaml);
    BadScenarioTest.assertWellFormed(found);
    assertEquals(List.of(
        "s.yaml:4:10: products[0].sku: must not contain control or invisible formatting characters (a name"
            + " labels tables and charts), got U+0009 at character 2 of \"A?B\"",
        "s.yaml:8:11: suppliers[0].name: must not contain control or invisible formatting characters (a"
            + " name labels tables and charts), got U+202E at character 2 of \"s?1\"",
        "s.yaml:11:11: policies[0].name: must not contain control or invisible formatting characters (a"
            + " name labels tables and charts), got U+200B at character 2 of \"p?1\""),
        found.stream().filter(p -> p.message().startsWith("must not contain")).map(Problem::toString).toList());
    for (String c : List.of("\\0", "\\x7F", "\\x85", "\\u200E", "\\u2066", "\\u2028", "\\uFEFF")) {
      assertTrue(problems(SHOP.replace("name: p1", "name: \"p" + c + "1\"")).stream()
          .anyMatch(p -> p.path().equals("policies[0].name") && p.message().startsWith("must not contain")), c);
    }
  }

  /** Names in any script, with accents or symbols, are still names; a description may hold anything. */
  @Test
  void namesInOtherScripts_andADescriptionWithBidiControls_areRead() throws Exception {
    String yaml = SHOP.replace("sku: A", "sku: \"L\u00c4MPE-\u00e9t\u00e9 \u0644\u0645\u0628\u0629 \u2605\"")
        .replace("horizon_days: 30", "horizon_days: 30\ndescription: \"says \\u202Eno\\u202C \\x07\"");
    Scenario s = ScenarioLoader.parse(yaml, Path.of("s.yaml"));
    assertEquals("L\u00c4MPE-\u00e9t\u00e9 \u0644\u0645\u0628\u0629 \u2605", s.products().get(0).sku());
    assertEquals("says \u202Eno\u202C \u0007", s.description());
  }
}
