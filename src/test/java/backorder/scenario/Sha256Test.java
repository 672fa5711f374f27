package backorder.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Sha256 gives what the JDK's MessageDigest gives, at every padding boundary and for large files. */
class Sha256Test {

  @Test
  void knownVectors() {
    assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", Sha256.hex(new byte[0]));
    assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        Sha256.hex("abc".getBytes(StandardCharsets.US_ASCII)));
    assertEquals("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
        Sha256.hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".getBytes(StandardCharsets.US_ASCII)));
  }

  @Test
  void everyLengthUpTo300_equalsMessageDigest() {
    Random random = new Random(42);
    for (int length = 0; length <= 300; length++) {
      for (int k = 0; k < 3; k++) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        assertEquals(jdk(bytes), Sha256.hex(bytes), "length " + length);
      }
    }
  }

  @Test
  void largeInput_equalsMessageDigest() {
    byte[] bytes = new byte[4 * 1024 * 1024 + 13];
    new Random(7).nextBytes(bytes);
    assertEquals(jdk(bytes), Sha256.hex(bytes));
  }

  private static String jdk(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }
}
