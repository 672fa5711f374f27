package backorder.spark;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Spark master URLs: which forms {@code --spark} accepts, and whether a standalone master answers
 * at all, asked with a short connection timeout before Spark starts (Spark itself retries for a
 * minute and then logs its giving up).
 */
public final class Masters {

  /** How long to wait for a standalone master's port to accept a connection. */
  static final int CONNECT_TIMEOUT_MS = 5_000;

  private static final Pattern FORMS = Pattern.compile(
      "local(\\[([0-9]+|\\*)(, *[0-9]+)?])?|local-cluster\\[.+]|yarn|spark://.+|k8s://.+");

  private Masters() {}

  /** Whether {@code master} has one of the forms Spark accepts. */
  public static boolean isValid(String master) {
    return FORMS.matcher(master).matches();
  }

  /** Whether the master runs everything in this JVM. */
  static boolean isLocal(String master) {
    return master.startsWith("local");
  }

  /** Fails with one line when no host of a {@code spark://} master accepts a connection. */
  static void requireReachable(String master) {
    if (!master.startsWith("spark://")) {
      return; // yarn and k8s are reached through their own clients, which fail on their own
    }
    List<String> failures = new ArrayList<>();
    for (String hostPort : master.substring("spark://".length()).split(",")) {
      String failure = connect(hostPort.strip());
      if (failure == null) {
        return;
      }
      failures.add(hostPort.strip() + ": " + failure);
    }
    throw new SparkRunException("cannot reach the Spark master " + master + " ("
        + String.join("; ", failures) + "); is it running, and is the address right?");
  }

  /** Null when {@code host:port} accepts a connection, else why not. */
  private static String connect(String hostPort) {
    int colon = hostPort.lastIndexOf(':');
    int port;
    try {
      port = Integer.parseInt(hostPort.substring(colon + 1));
    } catch (NumberFormatException | IndexOutOfBoundsException e) {
      return "expected HOST:PORT";
    }
    if (colon <= 0 || port < 1 || port > 65_535) {
      return "expected HOST:PORT";
    }
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(hostPort.substring(0, colon), port), CONNECT_TIMEOUT_MS);
      return null;
    } catch (IOException | IllegalArgumentException | SecurityException e) {
      return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
  }
}
