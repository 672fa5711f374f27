package backorder.cli;

import static backorder.cli.CommandLineTest.execute;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 13 item 5: a run estimated above {@link RunSize#LIMIT_EVENTS} is refused before anything
 * is written (exit 2, the estimate and --force in the message), and runs with --force. The
 * oversized scenario is estimated at about 37 billion events but fires a few hundred a
 * replication (its one customer defects and the customer base is one). Also the --warmup override
 * against the scenario's disruptions (item 9).
 */
class RunSizeTest {

  static final Path OVERSIZED = Path.of("src/test/resources/cli/oversized-run.yaml");
  static final String RATE = "products[A].demand.rate_per_day";

  @TempDir
  Path tmp;

  /** Every command that simulates, with the oversized scenario; each must name the estimate. */
  static Stream<Arguments> oversizedCommands() {
    String file = OVERSIZED.toString();
    String shop = CommandLineTest.SHOP.toString();
    return Stream.of(
        Arguments.of(List.of("run", file), "run: about 37 billion events (1 policy x 100 replications x"
            + " about 365 million events each), above the limit of 20 billion"),
        // --target-halfwidth may run up to its cap (--max-replications, default 10,000)
        Arguments.of(List.of("run", file, "--replications", "10", "--target-halfwidth", "orders=1"),
            "run: about 3.7 trillion events (1 policy x 10000 replications"),
        Arguments.of(List.of("run", file, "--replications", "60", "--warmup", "auto"),
            "run: about 44 billion events (1 policy x 120 replications"),
        Arguments.of(List.of("sweep", file, "--vary", RATE + "=250000,500000"), "sweep: about 27 billion"
            + " events (2 points x 1 policy x 100 replications x about 137 million events each)"),
        Arguments.of(List.of("optimize", file, "--policy", "lean", "--param",
            "policies[lean].reorder_point=0:10", "--budget", "2"),
            "optimize: about 183 billion events (at most 1 policy x 500 replications"),
        Arguments.of(List.of("run", file, shop, "--matrix", "--policy", "lean"), "--matrix: about 37 billion"));
  }

  @ParameterizedTest
  @MethodSource("oversizedCommands")
  void oversizedRun_isRefusedWithItsEstimate_andWritesNothing(List<String> args, String message)
      throws IOException {
    Path out = tmp.resolve("out");
    List<String> all = new java.util.ArrayList<>(args);
    all.addAll(List.of("--out", out.toString(), "--quiet"));

    CommandLineTest.Outcome o = execute(all.toArray(String[]::new));

    assertEquals(2, o.status(), o.err());
    assertTrue(o.err().contains(message), o.err());
    assertTrue(o.err().contains("Give --force to run it anyway"), o.err());
    assertFalse(Files.exists(out), "nothing written");
    try (Stream<Path> left = Files.list(tmp)) {
      assertEquals(List.of(), left.toList(), "no temporary or lock files either");
    }
  }

  @Test
  void oversizedRun_withForce_runs() throws IOException {
    Path out = tmp.resolve("out");

    CommandLineTest.Outcome o = execute("run", OVERSIZED.toString(), "--force", "--no-report", "--quiet",
        "--out", out.toString());

    assertEquals(0, o.status(), o.err());
    assertTrue(Files.exists(out.resolve("summary.json")));
  }

  @Test
  void sweepFromAWorldWithoutDemand_countsEachValuesOwnEvents() throws IOException {
    Path idle = Files.writeString(tmp.resolve("idle.yaml"),
        Files.readString(OVERSIZED).replace("rate_per_day: 1000000", "rate_per_day: 0"));

    CommandLineTest.Outcome o = execute("sweep", idle.toString(), "--vary", RATE + "=0,1000000",
        "--out", tmp.resolve("out").toString(), "--quiet");

    assertEquals(2, o.status(), o.err());
    assertTrue(o.err().contains("sweep: about 37 billion events (2 points x 1 policy x 100 replications"
        + " x about 183 million"), o.err());
  }

  @Test
  void oversizedSweep_withForce_runs() {
    CommandLineTest.Outcome o = execute("sweep", OVERSIZED.toString(), "--vary", RATE + "=250000,500000",
        "--force", "--no-report", "--quiet", "--out", tmp.resolve("sweep").toString());

    assertEquals(0, o.status(), o.err());
  }

  @Test
  void smallRun_isNotChecked_andValidatePrintsItsEstimateOnRequest() {
    CommandLineTest.Outcome o = execute("validate", "--estimate", CommandLineTest.SHOP.toString());

    assertEquals(0, o.status(), o.err());
    assertTrue(o.out().startsWith("ok\n"), o.out());
    assertTrue(o.out().contains(": about ") && o.out().contains(" events per run ("), o.out());
    assertEquals("", o.err());
  }

  @Test
  void validate_ofAnOversizedScenario_isOk_withANoteThatRunNeedsForce() {
    CommandLineTest.Outcome o = execute("validate", OVERSIZED.toString());

    assertEquals(0, o.status(), o.err());
    assertEquals("ok\n", o.out());
    assertTrue(o.err().contains("about 37 billion events per run") && o.err().contains("run needs --force"),
        o.err());
  }

  @Test
  void counts_andDurations_readAsWords() {
    assertEquals("950", RunSize.count(950));
    assertEquals("7.4 million", RunSize.count(7_373_364));
    assertEquals("20 billion", RunSize.count(2e10));
    assertEquals("365 million", RunSize.count(3.65e8));
    assertEquals("under a second", RunSize.duration(1e6));
    assertEquals("about 67 minutes", RunSize.duration(2e10));
    assertEquals("about 2.0 hours", RunSize.duration(3.65e10));
    assertEquals("about 84 days", RunSize.duration(3.65e13));
  }

  /**
   * Issue 13 item 9 on the command line: a --warmup DAYS that hides a one-off disruption runs
   * (replaying an MSER-5 choice is legitimate) with a warning; one day less gives none.
   */
  @Test
  void warmupOverride_endingAfterTheOnlySpike_warns_andOneDayLessDoesNot() {
    CommandLineTest.Outcome hidden = execute("run", CommandLineTest.SHOP.toString(), "--warmup", "30",
        "--out", tmp.resolve("hidden").toString(), "--quiet", "--no-report");

    assertEquals(0, hidden.status(), hidden.err());
    assertTrue(hidden.err().contains("warning: --warmup: disruptions[0] (demand_spike@20) acts only until"
        + " day 30, on or before the warm-up of 30 days"), hidden.err());

    CommandLineTest.Outcome shown = execute("run", CommandLineTest.SHOP.toString(), "--warmup", "29",
        "--out", tmp.resolve("shown").toString(), "--quiet", "--no-report");
    assertEquals(0, shown.status(), shown.err());
    assertEquals("", shown.err());
  }
}
