package backorder.random;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.junit.jupiter.api.Test;

/**
 * A bank's stream draws exactly what the named generator of {@link RandomStreams} draws, even when
 * draws from its streams interleave: results must not change when a world keeps its demand
 * streams in a bank.
 */
class StreamBankTest {

  private static final String[] NAMES = {"demand/SKU-0001", null, "demand/SKU-0002@store-01",
      "demand/LAMP"};

  @Test
  void interleavedDraws_equalEachNamedGeneratorsOwn() {
    for (int rep = 0; rep < 3; rep++) {
      RandomStreams streams = new RandomStreams(42 + rep, rep);
      StreamBank bank = new StreamBank(streams, NAMES);
      UniformRandomProvider[] own = new UniformRandomProvider[NAMES.length];
      ZigguratSampler.Exponential[] exponential = new ZigguratSampler.Exponential[NAMES.length];
      for (int k = 0; k < NAMES.length; k++) {
        if (NAMES[k] != null) {
          own[k] = streams.stream(NAMES[k]);
          exponential[k] = ZigguratSampler.Exponential.of(own[k]);
        }
      }
      for (int i = 0; i < 200_000; i++) {
        int k = new int[] {0, 2, 3}[(i * 7 + i / 3) % 3];
        switch (i % 3) {
          case 0 -> assertEquals(own[k].nextLong(), bank.select(k).nextLong(), "long " + i);
          case 1 -> assertEquals(own[k].nextDouble(), bank.select(k).nextDouble(), "double " + i);
          default -> assertEquals(exponential[k].sample(), bank.select(k).exponential(), "exp " + i);
        }
      }
    }
  }
}
