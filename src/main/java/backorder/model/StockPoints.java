package backorder.model;

/**
 * The levels of a world's stocking points (a product, or a (location, product) of a network), one
 * record per point in a single {@code long[]}: units on hand, owed, on order, taken today, and the
 * customers counted so far. A customer order lands on a random point of thousands, numbers its
 * customer, reads the position (on hand, owed, on order) and counts what was taken; five separate
 * arrays cost it five cache misses where one 40-byte record costs one or two.
 */
final class StockPoints {

  private static final int ON_HAND = 0;
  private static final int BACKLOG = 1;
  private static final int ON_ORDER = 2;
  /** units ordered by the point's customers (store orders at a warehouse) today */
  private static final int TAKEN_TODAY = 3;
  /** customers who ordered here so far (the customer number keys its draws) */
  private static final int CUSTOMERS = 4;
  private static final int STRIDE = 5;

  private final long[] records;

  /** Points 0 to {@code points} − 1, every level 0. */
  StockPoints(int points) {
    records = new long[points * STRIDE];
  }

  long onHand(int k) {
    return records[k * STRIDE + ON_HAND];
  }

  long backlog(int k) {
    return records[k * STRIDE + BACKLOG];
  }

  long onOrder(int k) {
    return records[k * STRIDE + ON_ORDER];
  }

  long takenToday(int k) {
    return records[k * STRIDE + TAKEN_TODAY];
  }

  void addOnHand(int k, long units) {
    records[k * STRIDE + ON_HAND] += units;
  }

  void addBacklog(int k, long units) {
    records[k * STRIDE + BACKLOG] += units;
  }

  void addOnOrder(int k, long units) {
    records[k * STRIDE + ON_ORDER] += units;
  }

  /** Units of point k ordered today (by customers, or by stores at a warehouse). */
  void taken(int k, long units) {
    records[k * STRIDE + TAKEN_TODAY] += units;
  }

  /** The number of point k's next customer, from 0: counts the customer. */
  long nextCustomer(int k) {
    return records[k * STRIDE + CUSTOMERS]++;
  }

  /** Units on hand at points [from, to). */
  long onHand(int from, int to) {
    return sum(from, to, ON_HAND);
  }

  long backlog(int from, int to) {
    return sum(from, to, BACKLOG);
  }

  long onOrder(int from, int to) {
    return sum(from, to, ON_ORDER);
  }

  /** The units owed at points [from, to), one per point. */
  long[] backlogs(int from, int to) {
    long[] owed = new long[to - from];
    for (int k = from; k < to; k++) {
      owed[k - from] = backlog(k);
    }
    return owed;
  }

  /** A new day: nothing taken yet at points [from, to). */
  void clearTaken(int from, int to) {
    for (int i = from * STRIDE + TAKEN_TODAY; i < to * STRIDE; i += STRIDE) {
      records[i] = 0;
    }
  }

  private long sum(int from, int to, int field) {
    long sum = 0;
    for (int i = from * STRIDE + field; i < to * STRIDE; i += STRIDE) {
      sum += records[i];
    }
    return sum;
  }
}
