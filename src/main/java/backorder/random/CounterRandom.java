package backorder.random;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * A counter-based generator: {@link #reset(long, long)} to (stream key, item index) and the numbers
 * that follow belong to that item alone. Customer k of a product therefore has the same patience and
 * the same choices under every policy, however many other draws the policy's actions caused.
 */
public final class CounterRandom implements UniformRandomProvider {

  private long state;

  /** Positions the generator at item {@code index} of the stream {@code key}. */
  public CounterRandom reset(long key, long index) {
    state = mix(key ^ mix(index + 0x632BE59BD9B4E019L));
    return this;
  }

  @Override
  public long nextLong() {
    state += 0x9E3779B97F4A7C15L;
    return mix(state);
  }

  /** SplitMix64's finaliser: a bijective 64-bit mix. */
  public static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
