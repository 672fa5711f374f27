package backorder.scenario;

import java.util.HexFormat;

/**
 * SHA-256 (FIPS 180-4) of a byte array as hex, the scenario's fingerprint in the run manifest. Computed
 * here because MessageDigest's first use sets up the JDK's security providers: some 30 ms of class
 * loading in a fresh JVM, a tenth of loading a 1,000-product scenario. Sha256Test checks it against
 * MessageDigest.
 */
final class Sha256 {

  private static final int[] ROUND_CONSTANTS = {
      0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
      0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
      0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
      0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
      0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
      0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
      0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
      0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

  private static final int[] INITIAL_HASH = {
      0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};

  private Sha256() {}

  /** The digest of {@code bytes} as 64 lowercase hex digits. */
  static String hex(byte[] bytes) {
    int[] hash = INITIAL_HASH.clone();
    byte[] message = padded(bytes);
    int[] schedule = new int[64];
    for (int block = 0; block < message.length; block += 64) {
      compress(hash, schedule, message, block);
    }
    byte[] digest = new byte[32];
    for (int i = 0; i < 8; i++) {
      for (int b = 0; b < 4; b++) {
        digest[4 * i + b] = (byte) (hash[i] >>> (24 - 8 * b));
      }
    }
    return HexFormat.of().formatHex(digest);
  }

  /** The bytes, a 1 bit, zeros and the length in bits (64-bit big-endian): whole 64-byte blocks. */
  private static byte[] padded(byte[] bytes) {
    byte[] message = new byte[(bytes.length + 8) / 64 * 64 + 64];
    System.arraycopy(bytes, 0, message, 0, bytes.length);
    message[bytes.length] = (byte) 0x80;
    long bits = (long) bytes.length * 8;
    for (int b = 0; b < 8; b++) {
      message[message.length - 1 - b] = (byte) (bits >>> (8 * b));
    }
    return message;
  }

  /** Folds the 64-byte block at {@code offset} into the hash. */
  private static void compress(int[] hash, int[] w, byte[] message, int offset) {
    for (int t = 0; t < 16; t++) {
      int i = offset + 4 * t;
      w[t] = (message[i] & 0xff) << 24 | (message[i + 1] & 0xff) << 16 | (message[i + 2] & 0xff) << 8
          | (message[i + 3] & 0xff);
    }
    for (int t = 16; t < 64; t++) {
      int s0 = Integer.rotateRight(w[t - 15], 7) ^ Integer.rotateRight(w[t - 15], 18) ^ (w[t - 15] >>> 3);
      int s1 = Integer.rotateRight(w[t - 2], 17) ^ Integer.rotateRight(w[t - 2], 19) ^ (w[t - 2] >>> 10);
      w[t] = w[t - 16] + s0 + w[t - 7] + s1;
    }
    int a = hash[0];
    int b = hash[1];
    int c = hash[2];
    int d = hash[3];
    int e = hash[4];
    int f = hash[5];
    int g = hash[6];
    int h = hash[7];
    for (int t = 0; t < 64; t++) {
      int sum1 = Integer.rotateRight(e, 6) ^ Integer.rotateRight(e, 11) ^ Integer.rotateRight(e, 25);
      int choice = (e & f) ^ (~e & g);
      int t1 = h + sum1 + choice + ROUND_CONSTANTS[t] + w[t];
      int sum0 = Integer.rotateRight(a, 2) ^ Integer.rotateRight(a, 13) ^ Integer.rotateRight(a, 22);
      int majority = (a & b) ^ (a & c) ^ (b & c);
      h = g;
      g = f;
      f = e;
      e = d + t1;
      d = c;
      c = b;
      b = a;
      a = t1 + sum0 + majority;
    }
    hash[0] += a;
    hash[1] += b;
    hash[2] += c;
    hash[3] += d;
    hash[4] += e;
    hash[5] += f;
    hash[6] += g;
    hash[7] += h;
  }
}
