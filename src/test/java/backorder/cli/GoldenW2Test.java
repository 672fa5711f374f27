package backorder.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The guard of every speed-up (issue 14): W2 (1,000 products, 365 days) with 2 replications gives
 * byte-for-byte the summary.json and replications.csv it gave before the engine was tuned. The
 * digests were taken with the engine at commit fe79821; a change that moves any number, any event's
 * order or any byte of the files fails here (only the engine version in the manifest is blanked: it
 * reads "0.1.0-dev" outside the jar). On failure the files stay in target/golden-w2/ to diff.
 */
class GoldenW2Test {

  private static final String SUMMARY_SHA256 =
      "3fe9c8390c19b6f329cc96a7d6077ddb5e28aec1ac5f56dc5304adf1d364bc8c";
  private static final String REPLICATIONS_SHA256 =
      "561c9fb3a8f1aa29a5a24b83f585770f93fa5a0eb61463c0059071c0c18e12b3";

  @TempDir
  Path dir;

  @Test
  void w2WithTwoReplications_isByteIdenticalToTheGoldenRun() throws IOException {
    int status = CommandLineTest.execute("run", "benchmarks/scenarios/w2-portfolio.yaml",
        "--replications", "2", "--threads", "2", "--no-report", "--quiet",
        "--out", dir.toString()).status();
    assertEquals(0, status);
    String json = Files.readString(dir.resolve("summary.json"))
        .replaceFirst("\"engine_version\":\"[^\"]*\"", "\"engine_version\":\"\"");
    String summary = sha256(json.getBytes(StandardCharsets.UTF_8));
    String replications = sha256(Files.readAllBytes(dir.resolve("replications.csv")));
    if (!summary.equals(SUMMARY_SHA256) || !replications.equals(REPLICATIONS_SHA256)) {
      Path keep = Path.of("target", "golden-w2");
      Files.createDirectories(keep);
      for (String name : new String[] {"summary.json", "replications.csv"}) {
        Files.copy(dir.resolve(name), keep.resolve(name), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    assertEquals(SUMMARY_SHA256, summary, "summary.json differs from the golden run");
    assertEquals(REPLICATIONS_SHA256, replications, "replications.csv differs from the golden run");
  }

  private static String sha256(byte[] bytes) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
