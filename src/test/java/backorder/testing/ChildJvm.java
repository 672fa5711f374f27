package backorder.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/** Child JVMs for fault tests (killed mid-write), and the folder snapshots they are checked with. */
public final class ChildJvm {

  private ChildJvm() {}

  /** {@code java -cp <this JVM's class path> MAIN ARGS...}, started from the project folder. */
  public static ProcessBuilder java(String mainClass, String... args) {
    return javaOn(System.getProperty("java.class.path"), mainClass, args);
  }

  /** {@code java -cp CLASSPATH MAIN ARGS...}, started from the project folder. */
  public static ProcessBuilder javaOn(String classPath, String mainClass, String... args) {
    List<String> cmd = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-Djava.awt.headless=true",
        "-cp", classPath, mainClass));
    cmd.addAll(List.of(args));
    return new ProcessBuilder(cmd).redirectErrorStream(false);
  }

  /** Polls every millisecond until {@code condition} holds (true) or the process ends (false). */
  public static boolean awaitWhileAlive(Process p, BooleanSupplier condition, long timeoutMillis)
      throws InterruptedException {
    long end = System.nanoTime() + timeoutMillis * 1_000_000L;
    while (System.nanoTime() < end) {
      if (condition.getAsBoolean()) {
        return true;
      }
      if (!p.isAlive()) {
        return condition.getAsBoolean();
      }
      Thread.sleep(1);
    }
    throw new AssertionError("timed out waiting for the child process");
  }

  /** Every file under {@code dir} (relative path) with the SHA-256 of its bytes; empty when absent. */
  public static Map<String, String> snapshot(Path dir) throws IOException {
    Map<String, String> out = new TreeMap<>();
    if (!Files.isDirectory(dir)) {
      return out;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        out.put(dir.relativize(f).toString(), sha256(Files.readAllBytes(f)));
      }
    }
    return out;
  }

  /** The hidden entries beside {@code dir} that belong to it ({@code .DIR.lock}, {@code .DIR.tmp-*}, ...). */
  public static List<String> siblings(Path dir) throws IOException {
    String prefix = "." + dir.getFileName() + ".";
    try (Stream<Path> entries = Files.list(dir.toAbsolutePath().getParent())) {
      return entries.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(prefix)).sorted()
          .toList();
    }
  }

  /** The temporary folder a run is writing beside {@code dir}, or null. */
  public static Path temporary(Path dir) {
    try {
      return siblings(dir).stream().filter(n -> n.contains(".tmp-")).findFirst()
          .map(n -> dir.toAbsolutePath().getParent().resolve(n)).orElse(null);
    } catch (IOException e) {
      return null;
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }
}
