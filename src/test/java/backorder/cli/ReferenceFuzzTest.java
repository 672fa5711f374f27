package backorder.cli;

import static backorder.cli.CommandLineTest.execute;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * 200 seeded mutations of scenarios/reference.yaml (byte flips, deleted lines, swapped values,
 * duplicated keys, huge numbers, cuts, YAML junk, indentation) through {@code validate}: each is
 * valid (exit 0, "ok") or refused cleanly (exit 2, one located line per problem), never a stack
 * trace, an internal error or a hang.
 */
class ReferenceFuzzTest {

  static final long SEED = 20261203L;
  static final int CASES = 200;

  /** A hang guard, far above the milliseconds a case takes: a regression fails instead of blocking. */
  static final Duration NO_HANG = Duration.ofSeconds(20);

  private static final Pattern PROBLEM = Pattern.compile("^.+:\\d+:\\d+: \\S.*: .+$");
  private static final Pattern KEY_VALUE = Pattern.compile("^(\\s*-?\\s*[a-z_]+: )([^#\\s][^#]*?)(\\s*#.*)?$");
  private static final Pattern NUMBER = Pattern.compile("(?<![\\w.-])-?\\d+(\\.\\d+)?(?![\\w.-])");
  private static final String[] HUGE = {"1e308", "-1e308", "99999999999999999999999", "9223372036854775808",
      "2147483648", "1e-320", "4.9e-324", "1e400", "0", "-0", "1000000000000"};
  private static final String[] JUNK = {"{[", "]}", "*x", "&a ", "!!str ", "!<tag:x> ", "%YAML 1.1\n",
      "\t", "\u0000", "\uFEFF", "---\n", "? ", ": ", "\"", "'", "|\n", "\u001b[2J", "\u202e", "\\", "#"};

  @TempDir
  static Path dir;

  static Stream<Arguments> mutations() throws IOException {
    String reference = Files.readString(Path.of("scenarios/reference.yaml"));
    Random random = new Random(SEED);
    List<Arguments> cases = new ArrayList<>();
    for (int i = 0; i < CASES; i++) {
      Mutation kind = Mutation.values()[i % Mutation.values().length];
      cases.add(Arguments.of(i, kind, kind.apply(reference, random)));
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("mutations")
  void mutation_isValidOrRefusedCleanly(int index, Mutation kind, byte[] bytes) throws IOException {
    Path file = Files.write(dir.resolve("m" + index + ".yaml"), bytes);

    CommandLineTest.Outcome o = assertTimeoutPreemptively(NO_HANG, () -> execute("validate", file.toString()));

    assertTrue(o.status() == Main.OK || o.status() == Main.INVALID_INPUT, () -> o.status() + ": " + o.err());
    if (o.status() == Main.OK) {
      assertEquals("ok\n", o.out());
      assertEquals("", o.err());
      return;
    }
    assertFalse(o.err().isEmpty());
    for (String line : o.err().lines().toList()) {
      assertTrue(PROBLEM.matcher(line).matches() || line.startsWith("... and "), line);
      assertFalse(line.contains("Exception") || line.contains("\tat ") || line.contains("internal error"), line);
      assertFalse(line.chars().anyMatch(c -> c < 0x20 || c == 0x7f || c == 0x202e), "control characters: " + line);
    }
  }

  /** The ways a case changes the reference file. */
  enum Mutation {
    FLIP_BYTES {
      @Override
      byte[] apply(String text, Random r) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        for (int k = 1 + r.nextInt(3); k > 0; k--) {
          b[r.nextInt(b.length)] ^= (byte) (1 << r.nextInt(8));
        }
        return b;
      }
    },
    DELETE_LINES {
      @Override
      byte[] apply(String text, Random r) {
        List<String> lines = lines(text);
        for (int k = 1 + r.nextInt(3); k > 0; k--) {
          lines.remove(r.nextInt(lines.size()));
        }
        return join(lines);
      }
    },
    SWAP_VALUES {
      @Override
      byte[] apply(String text, Random r) {
        List<String> lines = lines(text);
        List<Integer> valued = valuedLines(lines);
        int a = valued.get(r.nextInt(valued.size()));
        int b = valued.get(r.nextInt(valued.size()));
        Matcher ma = KEY_VALUE.matcher(lines.get(a));
        Matcher mb = KEY_VALUE.matcher(lines.get(b));
        ma.matches();
        mb.matches();
        lines.set(a, ma.group(1) + mb.group(2));
        lines.set(b, mb.group(1) + ma.group(2));
        return join(lines);
      }
    },
    DUPLICATE_KEY {
      @Override
      byte[] apply(String text, Random r) {
        List<String> lines = lines(text);
        List<Integer> valued = valuedLines(lines);
        int a = valued.get(r.nextInt(valued.size()));
        lines.add(a + 1, lines.get(a).replaceFirst("^(\\s*)- ", "$1  "));
        return join(lines);
      }
    },
    HUGE_NUMBER {
      @Override
      byte[] apply(String text, Random r) {
        Matcher m = NUMBER.matcher(text);
        List<int[]> spans = new ArrayList<>();
        while (m.find()) {
          if (text.lastIndexOf('#', m.start()) < text.lastIndexOf('\n', m.start())) {
            spans.add(new int[] {m.start(), m.end()});
          }
        }
        int[] s = spans.get(r.nextInt(spans.size()));
        return (text.substring(0, s[0]) + HUGE[r.nextInt(HUGE.length)] + text.substring(s[1]))
            .getBytes(StandardCharsets.UTF_8);
      }
    },
    CUT {
      @Override
      byte[] apply(String text, Random r) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        return java.util.Arrays.copyOf(b, r.nextInt(b.length));
      }
    },
    INSERT_JUNK {
      @Override
      byte[] apply(String text, Random r) {
        int at = r.nextInt(text.length());
        return (text.substring(0, at) + JUNK[r.nextInt(JUNK.length)] + text.substring(at))
            .getBytes(StandardCharsets.UTF_8);
      }
    },
    SHIFT_INDENT {
      @Override
      byte[] apply(String text, Random r) {
        List<String> lines = lines(text);
        int a = r.nextInt(lines.size());
        lines.set(a, r.nextBoolean() ? "  " + lines.get(a) : lines.get(a).replaceFirst("^  ", ""));
        return join(lines);
      }
    };

    abstract byte[] apply(String text, Random r);

    private static List<String> lines(String text) {
      return new ArrayList<>(List.of(text.split("\n", -1)));
    }

    private static byte[] join(List<String> lines) {
      return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    private static List<Integer> valuedLines(List<String> lines) {
      List<Integer> out = new ArrayList<>();
      for (int i = 0; i < lines.size(); i++) {
        if (KEY_VALUE.matcher(lines.get(i)).matches()) {
          out.add(i);
        }
      }
      return out;
    }
  }
}
