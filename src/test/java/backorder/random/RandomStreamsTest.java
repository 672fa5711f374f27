package backorder.random;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/**
 * A named stream draws exactly what commons-rng's {@code RandomSource.XO_SHI_RO_256_PP.create(seed)}
 * draws from the same seed: building the generator directly must not change one number.
 */
class RandomStreamsTest {

  private static final String[] NAMES = {"order-size/SKU-0001", "lead-time/acme", "transit/@store-01",
      "disruption/port-strike", "", "demand/LAMP-01@north"};

  @Test
  void stream_drawsWhatRandomSourceCreatesFromItsSeed() {
    long[] roots = {0, 1, 7, 42, -1, Long.MIN_VALUE, Long.MAX_VALUE, 0x9E3779B97F4A7C15L};
    for (long root : roots) {
      for (int replication = 0; replication < 40; replication++) {
        RandomStreams streams = new RandomStreams(root * 31 + replication * 1_000_003L, replication);
        for (String name : NAMES) {
          UniformRandomProvider direct = streams.stream(name);
          UniformRandomProvider viaSource = RandomSource.XO_SHI_RO_256_PP.create(streams.seed(name));
          assertSameDraws(viaSource, direct, root + "/" + replication + "/" + name);
        }
      }
    }
  }

  @Test
  void stream_matchesRandomSourceForThousandsOfProductNames() {
    RandomStreams streams = new RandomStreams(123, 4);
    for (int k = 0; k < 2_000; k++) {
      String name = "order-size/SKU-" + k;
      assertSameDraws(RandomSource.XO_SHI_RO_256_PP.create(streams.seed(name)), streams.stream(name), name);
    }
  }

  /** Longs, ints, bounded ints, doubles and booleans, interleaved as the models draw them. */
  private static void assertSameDraws(UniformRandomProvider expected, UniformRandomProvider actual, String what) {
    for (int i = 0; i < 64; i++) {
      assertEquals(expected.nextLong(), actual.nextLong(), what + " long " + i);
      assertEquals(expected.nextInt(), actual.nextInt(), what + " int " + i);
      assertEquals(expected.nextInt(1 + i * 97), actual.nextInt(1 + i * 97), what + " bounded int " + i);
      assertEquals(expected.nextDouble(), actual.nextDouble(), what + " double " + i);
      assertEquals(expected.nextBoolean(), actual.nextBoolean(), what + " boolean " + i);
    }
  }
}
