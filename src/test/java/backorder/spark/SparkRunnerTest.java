package backorder.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backorder.experiment.AutoWarmup;
import backorder.experiment.Experiment;
import backorder.experiment.ExperimentResult;
import backorder.experiment.PrecisionExperiment;
import backorder.experiment.PrecisionTarget;
import backorder.experiment.RunPlan;
import backorder.experiment.SamplingChoices;
import backorder.metric.Metric;
import backorder.report.CsvResults;
import backorder.report.SummaryJson;
import backorder.scenario.ScenarioLoader;
import backorder.scenario.ScenarioSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.spark.ExceptionFailure;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Spark in local mode computes exactly a local run's numbers (SPEC §8): the writers' files are
 * equal byte for byte, with retried tasks, without the side files, and for the sampling options.
 */
class SparkRunnerTest {

  static final Path GOOD = Path.of("src/test/resources/scenarios/good");
  /** Trace and catalogue, recurring and fixed disruptions, three policy types, a warm-up. */
  static final Path PORTFOLIO = GOOD.resolve("catalog-and-trace.yaml");

  static JavaSparkContext sc;

  @TempDir
  Path tmp;

  @BeforeAll
  static void startSpark() {
    // local[2,3]: two cores, three attempts per task (the retry test fails every first attempt);
    // two replications per task, so that ranges are cut into several chunks, the last one short
    sc = new JavaSparkContext(new SparkConf().setMaster("local[2,3]").setAppName("SparkRunnerTest")
        .set("spark.ui.enabled", "false")
        .set("spark.driver.host", "localhost")
        .set("spark.driver.bindAddress", "127.0.0.1")
        .set(Sizing.PER_TASK, "2"));
  }

  @AfterAll
  static void stopSpark() {
    sc.stop();
  }

  @ParameterizedTest
  @ValueSource(strings = {"src/test/resources/scenarios/good/catalog-and-trace.yaml",
      "scenarios/weather-disruption.yaml"})
  void sparkRun_writesTheLocalRunsFiles_byteForByte(String file) throws Exception {
    ScenarioSource.Loaded loaded = ScenarioLoader.loadWithSource(Path.of(file));
    RunPlan plan = RunPlan.of(loaded.scenario(), 5, 11L, 2, List.of());

    ExperimentResult local = Experiment.run(plan, done -> { });
    ExperimentResult spark = Experiment.run(plan, SparkRunner.over(sc, loaded), done -> { });

    assertSameFiles(local, spark);
  }

  @Test
  void chosenPoliciesAndAnotherWarmup_reachTheExecutors() throws Exception {
    ScenarioSource.Loaded loaded = ScenarioLoader.loadWithSource(PORTFOLIO);
    RunPlan plan = RunPlan.of(loaded.scenario(), 3, -3L, 2, List.of("holt-plan", "split"))
        .withWarmupDays(30);

    ExperimentResult spark = Experiment.run(plan, SparkRunner.over(sc, loaded), done -> { });

    assertEquals(List.of("split", "holt-plan"), spark.policies().stream().map(p -> p.name()).toList());
    assertSameFiles(Experiment.run(plan, done -> { }), spark);
  }

  /** SPEC §7 and §8: a network's per-location files are the local run's too. */
  @Test
  void sparkRun_ofANetwork_writesTheLocalRunsLocationFiles() throws Exception {
    ScenarioSource.Loaded loaded = ScenarioLoader.loadWithSource(
        Path.of("src/test/resources/scenarios/network/two-stores.yaml"));
    RunPlan plan = RunPlan.of(loaded.scenario(), 5, 3L, 2, List.of());

    ExperimentResult local = Experiment.run(plan, done -> { });
    ExperimentResult spark = Experiment.run(plan, SparkRunner.over(sc, loaded), done -> { });

    Path dir = assertSameFiles(local, spark);
    for (String name : List.of("location_replications.csv", "location_summary.csv",
        "location_timeseries.csv")) {
      assertTrue(Files.size(dir.resolve(name)) > 100, name);
    }
  }

  @Test
  void aTaskThatFailsAndIsRetried_givesTheSameNumbers() throws Exception {
    ScenarioSource.Loaded loaded = ScenarioLoader.loadWithSource(PORTFOLIO);
    RunPlan plan = RunPlan.of(loaded.scenario(), 4, 5L, 2, List.of());
    AtomicInteger forced = new AtomicInteger();
    SparkListener failures = new SparkListener() {
      @Override
      public void onTaskEnd(SparkListenerTaskEnd end) {
        if (end.reason() instanceof ExceptionFailure f && f.description().contains("forced failure")) {
          forced.incrementAndGet();
        }
      }
    };
    sc.sc().addSparkListener(failures);
    sc.setLocalProperty(ChunkTask.FAIL_FIRST_ATTEMPT, "true");
    ExperimentResult spark;
    try {
      spark = Experiment.run(plan, SparkRunner.over(sc, loaded), done -> { });
    } finally {
      sc.setLocalProperty(ChunkTask.FAIL_FIRST_ATTEMPT, null);
    }

    assertSameFiles(Experiment.run(plan, done -> { }), spark);
    int chunks = 3 * 2; // three policies, four replications in tasks of two
    long deadline = System.nanoTime() + 10_000_000_000L; // listener events arrive asynchronously
    while (forced.get() < chunks && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    sc.sc().removeSparkListener(failures);
    assertEquals(chunks, forced.get(), "every task failed once and was retried");
  }

  @Test
  void theExecutorsReadNoFile_theSideFilesTravelWithTheTasks() throws Exception {
    Files.createDirectories(tmp.resolve("in/data"));
    Files.copy(GOOD.resolve("catalog.csv"), tmp.resolve("in/catalog.csv"));
    Files.copy(GOOD.resolve("data/orders.csv"), tmp.resolve("in/data/orders.csv"));
    Files.copy(PORTFOLIO, tmp.resolve("in/portfolio.yaml"));
    ScenarioSource.Loaded loaded = ScenarioLoader.loadWithSource(tmp.resolve("in/portfolio.yaml"));
    RunPlan plan = RunPlan.of(loaded.scenario(), 3, 2L, 2, List.of());
    ExperimentResult local = Experiment.run(plan, done -> { });
    Files.delete(tmp.resolve("in/catalog.csv"));
    Files.delete(tmp.resolve("in/data/orders.csv"));

    assertSameFiles(local, Experiment.run(plan, SparkRunner.over(sc, loaded), done -> { }));
  }

  @Test
  void autoWarmupAndTargetHalfwidth_onSpark_equalTheLocalRuns() throws Exception {
    ScenarioSource.Loaded loaded = ScenarioLoader.loadWithSource(PORTFOLIO);
    RunPlan plan = RunPlan.of(loaded.scenario(), 10, 3L, 2, List.of());
    SparkRunner spark = SparkRunner.over(sc, loaded);

    AutoWarmup.Choice localWarmup = AutoWarmup.choose(plan, done -> { });
    AutoWarmup.Choice sparkWarmup = AutoWarmup.choose(plan, spark, done -> { });
    assertEquals(localWarmup.daysByPolicy(), sparkWarmup.daysByPolicy());
    assertSameFiles(localWarmup.pilot(), sparkWarmup.pilot());

    PrecisionTarget target = new PrecisionTarget(Metric.FILL_RATE, 0.01, 40);
    PrecisionExperiment.Outcome localPrecise = PrecisionExperiment.run(plan, target, d -> { }, n -> { });
    PrecisionExperiment.Outcome sparkPrecise =
        PrecisionExperiment.run(plan, spark, target, d -> { }, n -> { });
    assertEquals(localPrecise.precision(), sparkPrecise.precision());
    assertTrue(sparkPrecise.result().plan().replications() > 10, "batches were added");
    assertSameFiles(localPrecise.result(), sparkPrecise.result());
  }

  /** The writers' files of both results, compared byte for byte (the runner named alike). */
  /** Asserts both write the same files; returns the local run's folder. */
  private Path assertSameFiles(ExperimentResult local, ExperimentResult spark) throws IOException {
    Path a = write(local, "local");
    Path b = write(spark, "spark");
    List<String> names;
    try (Stream<Path> files = Files.list(a)) {
      names = files.map(p -> p.getFileName().toString()).sorted().toList();
    }
    assertTrue(names.containsAll(List.of("summary.json", "replications.csv", "timeseries.csv",
        "wait_histogram.csv")), names.toString());
    for (String name : names) {
      assertArrayEquals(Files.readAllBytes(a.resolve(name)), Files.readAllBytes(b.resolve(name)), name);
    }
    return a;
  }

  private Path write(ExperimentResult result, String name) throws IOException {
    Path dir = Files.createTempDirectory(tmp, name);
    SummaryJson.write(result, SamplingChoices.PLAIN, "same", dir.resolve("summary.json"));
    CsvResults.writeAll(result, dir);
    return dir;
  }
}
