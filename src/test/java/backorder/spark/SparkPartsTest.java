package backorder.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backorder.model.DisruptionWindow;
import backorder.model.ReplicationResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.net.ServerSocket;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Spark runner's parts that need no Spark: shipping results, cutting work, checks. */
class SparkPartsTest {

  @Test
  void aShippedReplication_comesBackEqual_bitForBit() throws Exception {
    ReplicationResult r = new ReplicationResult(7, new double[] {1, Double.NaN, -0.0},
        new double[][] {{0.5, Double.NaN, 3}, {Double.MIN_VALUE, 2, Double.MAX_VALUE}},
        new float[][] {{1.5f, 2}, {0, Float.MIN_VALUE}}, new long[] {4, 0, 9},
        List.of(new DisruptionWindow(1, "storm", "transit_disruption", "Storm", 3.25, 8, true)), 42);

    ReplicationResult back = roundTrip(ReplicationPart.of(r)).toResult();

    assertEquals(r.replication(), back.replication());
    assertArrayEquals(r.totals(), back.totals()); // compares bits: NaN and -0.0 included
    assertEquals(r.perProduct().length, back.perProduct().length);
    for (int p = 0; p < r.perProduct().length; p++) {
      assertArrayEquals(r.perProduct()[p], back.perProduct()[p]);
    }
    for (int s = 0; s < r.daily().length; s++) {
      assertArrayEquals(r.daily()[s], back.daily()[s]);
    }
    assertArrayEquals(r.waitHistogram(), back.waitHistogram());
    assertEquals(r.disruptions(), back.disruptions());
    assertEquals(r.events(), back.events());
  }

  @Test
  void chunks_coverEveryReplicationOfEveryPolicy_inFoldOrder() {
    assertEquals(List.of(new Chunk(0, 10, 14), new Chunk(0, 14, 15), new Chunk(1, 10, 14),
        new Chunk(1, 14, 15)), Chunk.cut(2, 10, 15, 4));
  }

  @Test
  void sizing_balancesTheCores_withinTheMemoryBudget() {
    Sizing small = Sizing.of(4, 64, 2, 10_000, 0, Sizing.DEFAULT_BUDGET);
    assertEquals(new Sizing(32, 4), small, "4 tasks per core over 256 replications");
    // 10,000 products: about 2.2 MB a replication; 4 tasks ahead of the fold within 128 MiB
    Sizing large = Sizing.of(4, 1000, 2, 2_200_000, 0, Sizing.DEFAULT_BUDGET);
    assertTrue((long) large.window() * large.perTask() * 2_200_000 <= Sizing.DEFAULT_BUDGET, large.toString());
    assertEquals(1, Sizing.of(1, 5, 2, Long.MAX_VALUE / 4, 0, 1).perTask(), "at least one");
    assertEquals(3, Sizing.of(4, 64, 2, 10_000, 3, Sizing.DEFAULT_BUDGET).perTask(), "as set");
  }

  @Test
  void withoutSparkOnTheClassPath_theMessageSaysHowToRunWithIt() {
    ClassLoader noSpark = new ClassLoader(null) { }; // the JDK's classes only
    assertNull(SparkCheck.missing(SparkPartsTest.class.getClassLoader()));
    String message = SparkCheck.missing(noSpark);
    assertTrue(message.startsWith("--spark needs Apache Spark on the class path: run ./backorder"),
        message);
    assertEquals(1, message.lines().count());
  }

  @Test
  void masters_ofKnownForms_andAClosedPortFailsInOneLine() throws Exception {
    for (String ok : List.of("local", "local[2]", "local[*]", "local[2,3]", "yarn",
        "spark://h1:7077,h2:7077", "k8s://https://host:443")) {
      assertTrue(Masters.isValid(ok), ok);
    }
    for (String bad : List.of("", "lokal[2]", "local[two]", "mesos", "spark:/x")) {
      assertTrue(!Masters.isValid(bad), bad);
    }
    int closed;
    try (ServerSocket s = new ServerSocket(0)) {
      closed = s.getLocalPort();
    }
    SparkRunException e = assertThrows(SparkRunException.class,
        () -> Masters.requireReachable("spark://127.0.0.1:" + closed));
    assertTrue(e.getMessage().contains("127.0.0.1:" + closed + ": Connection refused"), e.getMessage());
  }

  private static ReplicationPart roundTrip(ReplicationPart part) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(part);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (ReplicationPart) in.readObject();
    }
  }
}
