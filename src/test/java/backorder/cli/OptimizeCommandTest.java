package backorder.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backorder.cli.CommandLineTest.Outcome;
import backorder.experiment.Experiment;
import backorder.experiment.ExperimentResult;
import backorder.experiment.RunPlan;
import backorder.metric.Metric;
import backorder.scenario.ScenarioLoader;
import backorder.scenario.ScenarioPath;
import backorder.scenario.ValueOverride;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code backorder optimize} end to end: the textbook optimum, a fill-rate constraint, thread independence, bad input. */
class OptimizeCommandTest {

  static final Path BASE_STOCK = SweepCommandTest.BASE_STOCK;
  static final String LEVEL = "policies[base-stock].reorder_point";

  @TempDir
  Path tmp;

  /**
   * The base-stock case of the sweep test (Poisson λ = 4, L = 5, h = 1, b = 9): the optimizer,
   * searching reorder points 0..80 with 14 evaluations (so not exhaustively), finds the newsvendor
   * level S = R + 1, the smallest S with P(D ≤ S) ≥ b / (b + h) for D ~ Poisson(20), within one
   * unit. The objective is total_cost, which adds purchase and ordering cost to holding +
   * backorder cost; {@link #purchaseCost_isTheSameAtEveryLevel} shows those two do not depend on
   * S here, so total_cost ranks the levels as holding + backorder cost does.
   */
  @Test
  void optimize_findsTheNewsvendorLevel() throws Exception {
    Path dir = tmp.resolve("bs");
    Outcome o = CommandLineTest.execute("optimize", BASE_STOCK.toString(), "--policy", "base-stock",
        "--param", LEVEL + "=0:80", "--objective", "total_cost", "--budget", "14", "--out", dir.toString());
    assertEquals(0, o.status(), o.err());
    JsonNode optimum = new ObjectMapper().readTree(dir.resolve("optimum.json").toFile());
    int level = optimum.get("params").get(LEVEL).asInt() + 1;
    PoissonDistribution d = new PoissonDistribution(4 * 5.0);
    int textbook = 0;
    while (d.cumulativeProbability(textbook) < 9.0 / (9 + 1)) {
      textbook++;
    }
    assertEquals(26, textbook);
    assertTrue(Math.abs(level - textbook) <= 1, "optimum S = " + level + ", textbook " + textbook + "\n" + o.out());
    assertEquals("grid + compass search", optimum.get("method").asText(), "81 levels, 14 evaluations: not exhaustive");
    assertTrue(optimum.get("evaluations").asInt() <= 14);
    assertEquals("min", optimum.get("objective").get("direction").asText());
    assertTrue(optimum.get("params").get(LEVEL).isIntegralNumber(), "a reorder point is searched over integers");
    assertEquals(2_000_013, optimum.get("seeds").get("confirmation").asLong(), "seed 11 + 2,000,002");
    List<CSVRecord> trace = SweepCommandTest.rows(dir.resolve("trace.csv"));
    assertEquals(optimum.get("evaluations").asInt() + optimum.get("selection").size() + 1, trace.size());
    assertEquals("confirmation", trace.get(trace.size() - 1).get("stage"));
    assertTrue(o.out().contains("optimum: " + LEVEL + " = " + (level - 1)), o.out());
    assertTrue(o.out().contains("95% CI"), o.out());
  }

  /**
   * Why total_cost may stand in for holding + backorder cost: with the warm-up (20 days) longer
   * than the lead time (5), every level receives in the counting window exactly the units demanded
   * in the window shifted by the lead time (the same demand on common random numbers), and orders
   * cost nothing; so purchase and ordering cost are equal at every level, replication by replication.
   */
  @Test
  void purchaseCost_isTheSameAtEveryLevel() throws Exception {
    double[][] cost = new double[2][];
    int[] levels = {15, 35};
    for (int i = 0; i < 2; i++) {
      var s = ScenarioLoader.load(BASE_STOCK, List.of(new ValueOverride(ScenarioPath.parse(LEVEL), "" + levels[i])));
      ExperimentResult r = Experiment.run(RunPlan.of(s, 3, null, 1, List.of()), n -> { });
      double[][] reps = r.policies().get(0).replicationTotals();
      cost[i] = Stream.of(reps).mapToDouble(row -> row[Metric.PURCHASE_COST.ordinal()]
          + row[Metric.ORDERING_COST.ordinal()]).toArray();
    }
    assertArrayEquals(cost[0], cost[1], 1e-6);
  }

  /**
   * Minimising holding cost subject to fill_rate >= 0.96: with unit orders the fill rate is
   * P(D ≤ R), D ~ Poisson(20): 0.9475 at R = 27, 0.9657 at R = 28, so the answer is 28 (29 is the
   * next feasible). The optimizer returns a feasible setting whose confirmation run, on fresh
   * seeds, meets the constraint.
   */
  @Test
  void fillRateConstraint_isMetOnTheConfirmationRun() throws Exception {
    Path dir = tmp.resolve("fill");
    Outcome o = CommandLineTest.execute("optimize", BASE_STOCK.toString(), "--policy", "base-stock",
        "--param", LEVEL + "=0:80", "--objective", "holding_cost", "--constraint", "fill_rate >= 0.96",
        "--budget", "14", "--out", dir.toString());
    assertEquals(0, o.status(), o.err());
    PoissonDistribution d = new PoissonDistribution(20);
    assertTrue(d.cumulativeProbability(27) < 0.96 && d.cumulativeProbability(28) >= 0.96);
    JsonNode optimum = new ObjectMapper().readTree(dir.resolve("optimum.json").toFile());
    int r = optimum.get("params").get(LEVEL).asInt();
    assertTrue(r == 28 || r == 29, "reorder point " + r + "\n" + o.out());
    JsonNode c = optimum.get("constraints").get(0);
    assertEquals("fill_rate >= 0.96", c.get("expr").asText());
    assertTrue(c.get("met").asBoolean());
    assertTrue(c.get("mean").asDouble() >= 0.96);
    assertTrue(optimum.get("feasible").asBoolean());
    assertTrue(o.out().contains("the constraints hold on the confirmation runs"), o.out());
    List<CSVRecord> trace = SweepCommandTest.rows(dir.resolve("trace.csv"));
    assertTrue(trace.get(0).isMapped("fill_rate_mean"), "trace.csv carries the constraint's metric");
    CSVRecord last = trace.get(trace.size() - 1);
    assertEquals(c.get("mean").asDouble(), Double.parseDouble(last.get("fill_rate_mean")), 1e-12);
  }

  /**
   * SPEC §6 and README: the search runs on the seed, the selection and the confirmation on other
   * seeds (seed + 1,000,001, seed + 2,000,002), and a trace row of any stage is what {@code run
   * --seed} of that stage gives for the scenario edited to the row's point.
   */
  @Test
  void traceRows_areReproducedByRunWithTheirStagesSeed() throws Exception {
    Path dir = tmp.resolve("stages");
    Outcome o = CommandLineTest.execute("optimize", CommandLineTest.SHOP.toString(), "--policy", "lean",
        "--param", "policies[lean].reorder_point=0:40", "--budget", "3", "--replications", "3",
        "--confirmation-replications", "4", "--seed", "5", "--out", dir.toString(), "--quiet");
    assertEquals(0, o.status(), o.err());
    JsonNode seeds = new ObjectMapper().readTree(dir.resolve("optimum.json").toFile()).get("seeds");
    assertEquals(List.of(5L, 1_000_006L, 2_000_007L), List.of(seeds.get("search").asLong(),
        seeds.get("selection").asLong(), seeds.get("confirmation").asLong()));
    List<CSVRecord> trace = SweepCommandTest.rows(dir.resolve("trace.csv"));
    String yaml = Files.readString(CommandLineTest.SHOP);
    for (String stage : List.of("search", "selection", "confirmation")) {
      CSVRecord row = trace.stream().filter(r -> r.get("stage").equals(stage)).reduce((a, b) -> b).orElseThrow();
      String level = row.get("policies[lean].reorder_point");
      Path file = tmp.resolve(stage + ".yaml");
      Files.writeString(file, yaml.replace("reorder_point: 10\n", "reorder_point: " + level + "\n"));
      Path plain = tmp.resolve(stage);
      Outcome p = CommandLineTest.execute("run", file.toString(), "--policy", "lean",
          "--seed", seeds.get(stage).asText(), "--replications", stage.equals("confirmation") ? "4" : "3",
          "--out", plain.toString(), "--no-report", "--quiet");
      assertEquals(0, p.status(), p.err());
      CSVRecord net = SweepCommandTest.rows(plain.resolve("summary.csv")).stream()
          .filter(r -> r.get("metric").equals("net_value")).findFirst().orElseThrow();
      assertEquals(List.of(net.get("mean"), net.get("ci95_low"), net.get("ci95_high")),
          List.of(row.get("net_value_mean"), row.get("net_value_ci95_low"), row.get("net_value_ci95_high")),
          stage + " row at reorder point " + level);
    }
  }

  /** optimum.json and trace.csv are byte-identical with 1 and 2 threads. */
  @Test
  void outputs_areTheSameForAnyThreadCount() throws Exception {
    byte[][] first = null;
    for (String threads : List.of("1", "2")) {
      Path dir = tmp.resolve("t" + threads);
      Outcome o = CommandLineTest.execute("optimize", CommandLineTest.SHOP.toString(), "--policy", "lean",
          "--param", "policies[lean].reorder_point=0:40", "--param", "policies[lean].order_quantity=10:60",
          "--budget", "9", "--replications", "4", "--threads", threads, "--out", dir.toString(), "--quiet");
      assertEquals(0, o.status(), o.err());
      byte[][] files = {Files.readAllBytes(dir.resolve("optimum.json")), Files.readAllBytes(dir.resolve("trace.csv"))};
      if (first == null) {
        first = files;
      } else {
        assertArrayEquals(first[0], files[0], "optimum.json");
        assertArrayEquals(first[1], files[1], "trace.csv");
      }
    }
  }

  static Stream<Arguments> badInput() {
    return Stream.of(
        Arguments.of(List.of("--param", "policies[lean].reorder_pt=1:5"),
            "--param 'policies[lean].reorder_pt=1:5': unknown key 'reorder_pt' at policies[lean]"),
        Arguments.of(List.of("--param", "policies[leen].reorder_point=1:5"), "unknown policy 'leen'"),
        Arguments.of(List.of("--param", "policies[dual].safety_stock.units=1:5"),
            "addresses policy 'dual', but --policy is 'lean'"),
        Arguments.of(List.of("--param", "policies[lean].reorder_point=10:5"), "MIN (10) must be <= MAX (5)"),
        Arguments.of(List.of("--param", "policies[lean].order_quantity=-5:20"),
            "--param 'policies[lean].order_quantity=-5:20' (value -5): must be > 0"),
        Arguments.of(List.of("--param", "products[LAMP-01].initial_on_hand=-3:20"), "(value -3): must be >= 0"),
        Arguments.of(List.of("--param", "policies[lean].reorder_point=1.5:5"), "is searched over whole numbers"),
        Arguments.of(List.of("--param", "policies[lean].reorder_point=a:5"), "MIN must be a number, got 'a'"),
        Arguments.of(List.of("--param", "policies[lean].reorder_point=1:5:1"), "a range is MIN:MAX"),
        Arguments.of(List.of("--param", "policies[lean].reorder_point=1:5", "--param", "policies[lean].reorder_point=2:3"),
            "is given twice"),
        Arguments.of(List.of("--param", "policies[lean].reorder_point=1:5", "--objective", "profitt"),
            "--objective: unknown metric 'profitt'"),
        Arguments.of(List.of("--param", "policies[lean].reorder_point=1:5", "--objective", "orders"),
            "--objective: orders is neither better high nor low"),
        Arguments.of(List.of("--param", "policies[lean].reorder_point=1:5", "--constraint", "fill_rat >= 0.9"),
            "--constraint 'fill_rat >= 0.9': unknown metric 'fill_rat'"),
        Arguments.of(List.of("--param", "policies[lean].reorder_point=1:5", "--budget", "0"),
            "--budget: must be between 1 and 100000, got 0"),
        Arguments.of(List.of("--param", "policies[lean].reorder_point=1:5", "--minimize", "--maximize"),
            "--minimize and --maximize"));
  }

  /** Each bad argument is invalid input: exit 2, a message naming the argument, no file written. */
  @ParameterizedTest
  @MethodSource("badInput")
  void badInput_exits2NamingTheArgument(List<String> args, String expected) {
    Path dir = tmp.resolve("bad");
    List<String> all = new java.util.ArrayList<>(List.of("optimize", CommandLineTest.SHOP.toString(),
        "--policy", "lean", "--out", dir.toString(), "--quiet"));
    all.addAll(args);
    Outcome o = CommandLineTest.execute(all.toArray(String[]::new));
    assertEquals(2, o.status(), o.err());
    assertTrue(o.err().contains(expected), o.err());
    assertFalse(o.err().contains("small-shop.yaml:"), "no file position for a value given outside the file: " + o.err());
    assertFalse(Files.exists(dir), "no output for invalid input");
  }

  /** An unknown --policy is named with the policies there are. */
  @Test
  void unknownPolicy_exits2() {
    Outcome o = CommandLineTest.execute("optimize", CommandLineTest.SHOP.toString(), "--policy", "lien",
        "--param", "policies[lean].reorder_point=1:5", "--out", tmp.resolve("p").toString());
    assertEquals(2, o.status());
    assertTrue(o.err().contains("--policy: unknown policy 'lien' (expected one of: safety-stock, lean, dual)"), o.err());
  }
}
