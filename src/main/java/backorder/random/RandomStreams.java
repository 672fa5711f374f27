package backorder.random;

import java.nio.charset.StandardCharsets;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.core.source64.XoShiRo256PlusPlus;

/**
 * Named random streams from one root seed: stream "demand/LAMP-01" of replication 7 is the same
 * sequence in every policy, on every thread and machine, and adding a stream does not shift others.
 */
public final class RandomStreams {

  private final long rootSeed;
  private final int replication;

  public RandomStreams(long rootSeed, int replication) {
    this.rootSeed = rootSeed;
    this.replication = replication;
  }

  public int replication() {
    return replication;
  }

  /** A fresh generator for the named source in this replication. */
  public UniformRandomProvider stream(String name) {
    // what RandomSource.XO_SHI_RO_256_PP.create(seed) builds (a full 4-long seed is passed through as is),
    // without RandomSource loading its ~70 generator classes and calling the constructor by reflection
    return new XoShiRo256PlusPlus(seed(name));
  }

  /** The xoshiro256++ state the named stream starts from (what {@link #stream} is seeded with). */
  long[] seed(String name) {
    // seeded through SplitMix64 of (root, name, replication): independent, well-mixed substreams
    long[] seed = new long[4];
    long s = key(name);
    for (int i = 0; i < 4; i++) {
      s += 0x9E3779B97F4A7C15L;
      seed[i] = CounterRandom.mix(s);
    }
    return seed;
  }

  /** A 64-bit key for the named source in this replication, for counter-based draws. */
  public long key(String name) {
    long h = 0xcbf29ce484222325L;
    for (byte c : name.getBytes(StandardCharsets.UTF_8)) {
      h = (h ^ c) * 0x100000001b3L;
    }
    return CounterRandom.mix(CounterRandom.mix(rootSeed ^ CounterRandom.mix(h)) + replication);
  }
}
