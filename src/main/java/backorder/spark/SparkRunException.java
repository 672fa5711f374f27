package backorder.spark;

/** A Spark run that cannot start or finish, with a one-line message for the user. */
public final class SparkRunException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  SparkRunException(String message) {
    super(message, null, false, false);
  }

  /** The first line of a Spark message: job failures carry the executor's whole stack trace. */
  static String firstLine(Throwable t) {
    String m = t.getMessage() == null ? t.getClass().getName() : t.getMessage();
    int end = m.indexOf('\n');
    return (end < 0 ? m : m.substring(0, end)).strip();
  }
}
