package backorder.spark;

import backorder.experiment.Replicator;
import backorder.experiment.RunPlan;
import backorder.experiment.Runner;
import backorder.scenario.ScenarioSource;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * Runs a scenario's replications as Spark tasks (SPEC §8): on a context it starts for
 * {@code --spark MASTER} and stops when closed, or on one its caller owns.
 */
public final class SparkRunner implements Runner, AutoCloseable {

  /** Spark's log settings for a command-line run, unless the user chose some. */
  static final String QUIET_LOGGING = "backorder/spark/log4j2.properties";

  /** Spark setting: how long to wait for Spark to start (a time, e.g. 30s). */
  static final String START_TIMEOUT = "spark.backorder.startTimeout";

  private final JavaSparkContext sc;
  private final boolean owned;
  private final ScenarioSource.Loaded loaded;
  private final String name;

  private SparkRunner(JavaSparkContext sc, boolean owned, ScenarioSource.Loaded loaded) {
    this.sc = sc;
    this.owned = owned;
    this.loaded = loaded;
    name = "spark " + sc.master();
  }

  /**
   * Starts Spark on {@code master} for the scenario {@code loaded} (its bytes are what the
   * executors rebuild it from). Call {@link SparkCheck#requireSpark()} first.
   *
   * @throws SparkRunException when the master cannot be reached or Spark does not start
   */
  public static SparkRunner start(String master, ScenarioSource.Loaded loaded) {
    Masters.requireReachable(master);
    if (System.getProperty("log4j2.configurationFile") == null
        && System.getProperty("log4j.configurationFile") == null
        && System.getenv("BACKORDER_DEBUG") == null) {
      // Spark logs INFO lines (and retries with stack traces) to stderr by default: the command
      // line reports failures itself, in one line
      System.setProperty("log4j2.configurationFile", QUIET_LOGGING);
    }
    SparkConf conf = conf(master, loaded);
    return new SparkRunner(startWithin(conf, master, startTimeout(conf, master)), true, loaded);
  }

  /**
   * A context started on another thread and waited for at most {@code seconds}: a standalone
   * master that accepts the connection but never registers the application (not a Spark master,
   * or a dead one behind a proxy) would otherwise hold the run for Spark's minute of retries.
   */
  private static JavaSparkContext startWithin(SparkConf conf, String master, long seconds) {
    CompletableFuture<JavaSparkContext> started = new CompletableFuture<>();
    Thread starter = new Thread(() -> {
      try {
        started.complete(new JavaSparkContext(conf));
      } catch (Throwable e) {
        started.completeExceptionally(e);
      }
    }, "spark-start");
    starter.setDaemon(true);
    starter.start();
    try {
      JavaSparkContext sc = started.get(seconds, TimeUnit.SECONDS);
      if (sc.sc().isStopped()) {
        throw new SparkRunException("Spark stopped while starting on " + master
            + " (the master did not accept the application)");
      }
      return sc;
    } catch (TimeoutException e) {
      throw new SparkRunException("Spark did not start on " + master + " within " + seconds
          + " s (" + START_TIMEOUT + "): is it a Spark master?");
    } catch (ExecutionException e) {
      String why = SparkRunException.firstLine(e.getCause());
      // spark-core alone knows local and spark:// masters; YARN and Kubernetes come with spark-submit
      String hint = why.startsWith("Could not parse Master URL") ? " (this class path has Spark's"
          + " core only: for YARN or Kubernetes use spark-submit --class backorder.cli.Main"
          + " target/backorder.jar run ...)" : "";
      throw new SparkRunException("cannot start Spark on " + master + ": " + why + hint);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SparkRunException("interrupted while starting Spark on " + master);
    }
  }

  /** How long to wait for the context: short for a standalone master, long where jobs queue. */
  static long startTimeout(SparkConf conf, String master) {
    String fallback = master.startsWith("spark://") ? "20s" : Masters.isLocal(master) ? "2min" : "10min";
    return conf.getTimeAsSeconds(START_TIMEOUT, fallback);
  }

  /** A runner on this one's context for another scenario (a sweep point); this one stops it. */
  public SparkRunner forScenario(ScenarioSource.Loaded other) {
    return new SparkRunner(sc, false, other);
  }

  /** A runner on a context the caller started and stops. */
  static SparkRunner over(JavaSparkContext sc, ScenarioSource.Loaded loaded) {
    return new SparkRunner(sc, false, loaded);
  }

  /** The settings: those given to spark-submit or as -Dspark.* first, then ours where missing. */
  static SparkConf conf(String master, ScenarioSource.Loaded loaded) {
    SparkConf conf = new SparkConf().setMaster(master)
        .setAppName("backorder " + loaded.scenario().name());
    if (Masters.isLocal(master)) {
      // one JVM: no web UI (start-up time, a port) and no dependence on how the host name resolves
      conf.setIfMissing("spark.ui.enabled", "false");
      conf.setIfMissing("spark.driver.host", "localhost");
      conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
    } else if (!conf.contains("spark.jars")) {
      String jar = ownJar();
      if (jar != null) {
        conf.setJars(new String[] {jar}); // started without spark-submit: executors need the classes
      }
    }
    return conf;
  }

  private static String ownJar() {
    try {
      Path p = Path.of(SparkRunner.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return Files.isRegularFile(p) ? p.toString() : null;
    } catch (URISyntaxException | RuntimeException e) {
      return null;
    }
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Replicator open(RunPlan plan) {
    ScenarioRecipe recipe = ScenarioRecipe.of(loaded, plan);
    try {
      return new SparkReplicator(sc, recipe, plan);
    } catch (RuntimeException e) {
      throw new SparkRunException("Spark failed: " + SparkRunException.firstLine(e));
    }
  }

  @Override
  public void close() {
    if (owned) {
      sc.stop();
    }
  }
}
