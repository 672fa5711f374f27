package backorder.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * One Spark task's share of a run: replications [from, to) of the policy at {@code policy}.
 */
record Chunk(int policy, int from, int to) implements Serializable {

  /** Replications [from, to) of each of {@code policies} policies, cut into chunks in fold order. */
  static List<Chunk> cut(int policies, int from, int to, int perChunk) {
    List<Chunk> chunks = new ArrayList<>();
    for (int p = 0; p < policies; p++) {
      for (int a = from; a < to; a += perChunk) {
        chunks.add(new Chunk(p, a, Math.min(to, a + perChunk)));
      }
    }
    return chunks;
  }
}
