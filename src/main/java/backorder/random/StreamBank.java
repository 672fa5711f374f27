package backorder.random;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * Many named xoshiro256++ streams side by side in one array, drawn from one at a time: a draw
 * from stream k reads and writes 32 contiguous bytes instead of a generator object of its own
 * (and a sampler object in front of it). A world with thousands of (location, product) demand
 * streams fires each event on a random one, where every object hop is a cache miss. Stream k
 * draws exactly what {@link RandomStreams#stream} gives for its name. Not thread-safe: one world.
 */
public final class StreamBank implements UniformRandomProvider {

  private final long[] state;
  private final ZigguratSampler.Exponential exponential;
  private int base;

  /** One stream per name, stream k seeded as {@code streams.stream(names[k])}; null: no stream. */
  public StreamBank(RandomStreams streams, String[] names) {
    state = new long[4 * names.length];
    for (int k = 0; k < names.length; k++) {
      if (names[k] != null) {
        System.arraycopy(streams.seed(names[k]), 0, state, 4 * k, 4);
      }
    }
    exponential = ZigguratSampler.Exponential.of(this);
  }

  /** Makes stream k the one the following draws come from; returns this bank. */
  public StreamBank select(int k) {
    base = 4 * k;
    return this;
  }

  /** A standard exponential draw (mean 1) from the selected stream, as the Ziggurat sampler. */
  public double exponential() {
    return exponential.sample();
  }

  /** The next output of the selected stream (xoshiro256++, as commons-rng computes it). */
  @Override
  public long nextLong() {
    long[] s = state;
    int b = base;
    long s0 = s[b];
    long s1 = s[b + 1];
    long s2 = s[b + 2];
    long s3 = s[b + 3];
    long result = Long.rotateLeft(s0 + s3, 23) + s0;
    long t = s1 << 17;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = Long.rotateLeft(s3, 45);
    s[b] = s0;
    s[b + 1] = s1;
    s[b + 2] = s2;
    s[b + 3] = s3;
    return result;
  }

  /** A uniform double in [0, 1) from the top 53 bits of the next output, as commons-rng does. */
  @Override
  public double nextDouble() {
    return (nextLong() >>> 11) * 0x1.0p-53;
  }
}
