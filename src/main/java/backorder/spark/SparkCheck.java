package backorder.spark;

/**
 * Checks, before any class that uses Spark is loaded, that Spark is on the class path: the jar
 * does not carry it (it is a provided dependency), so {@code java -jar} alone has none.
 */
public final class SparkCheck {

  static final String PROBE = "org.apache.spark.SparkContext";

  static final String HOW = "--spark needs Apache Spark on the class path: run ./backorder run"
      + " SCENARIO --spark MASTER from the repository (it adds Spark's jars), or spark-submit --class"
      + " backorder.cli.Main target/backorder.jar run SCENARIO --spark MASTER";

  private SparkCheck() {}

  /** Throws with how to run with Spark when it is missing. */
  public static void requireSpark() {
    String missing = missing(SparkCheck.class.getClassLoader());
    if (missing != null) {
      throw new SparkRunException(missing);
    }
  }

  /** The message for a class loader without Spark, or null when Spark is there. */
  static String missing(ClassLoader loader) {
    try {
      Class.forName(PROBE, false, loader);
      return null;
    } catch (ClassNotFoundException | LinkageError e) {
      return HOW;
    }
  }
}
