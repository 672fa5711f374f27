package backorder.model;

import java.util.Arrays;

/**
 * The product's waiting customer orders, first come first served, filled whole. A ring buffer
 * indexed by a per-product sequence number, so a cancellation finds its order in O(1) and leaves a
 * tombstone that the head skips. Each order's fields sit side by side in one {@code long[]}
 * (doubles as raw bits), so that adding, shipping or cancelling an order touches one cache line
 * instead of one per field array: with thousands of products the queues are rarely in cache.
 */
final class BackorderQueue {

  private static final int ARRIVAL = 0;
  private static final int DEADLINE = 1;
  /** the order's units; 0 marks a tombstone (every order has at least one unit) */
  private static final int UNITS = 2;
  private static final int CUSTOMER = 3;
  private static final int STRIDE = 4;
  private static final int FIRST_CAPACITY = 16;

  private long[] entries = new long[FIRST_CAPACITY * STRIDE];
  private int mask = FIRST_CAPACITY - 1;
  private int head; // sequence number of the oldest slot still in the buffer
  private int tail; // next sequence number
  private int count; // orders still waiting

  /** Adds a waiting order of at least one unit; returns its sequence number. */
  int add(double time, long orderUnits, long customerIndex, double cancelDeadline) {
    if (orderUnits <= 0) {
      throw new IllegalArgumentException("an order of " + orderUnits + " units");
    }
    if (tail - head == mask + 1) {
      grow();
    }
    int i = (tail & mask) * STRIDE;
    entries[i + ARRIVAL] = Double.doubleToRawLongBits(time);
    entries[i + DEADLINE] = Double.doubleToRawLongBits(cancelDeadline);
    entries[i + UNITS] = orderUnits;
    entries[i + CUSTOMER] = customerIndex;
    count++;
    return tail++;
  }

  boolean isEmpty() {
    return count == 0;
  }

  int size() {
    return count;
  }

  /** Removes a waiting order out of turn (a cancellation); returns its units. */
  long remove(int seq) {
    int i = index(seq);
    long units = entries[i + UNITS];
    entries[i + UNITS] = 0;
    count--;
    skipTombstones();
    releaseIfEmpty();
    return units;
  }

  /** Sequence number of the oldest waiting order; only when not empty. */
  int headSeq() {
    return head;
  }

  long units(int seq) {
    return entries[index(seq) + UNITS];
  }

  double arrival(int seq) {
    return Double.longBitsToDouble(entries[index(seq) + ARRIVAL]);
  }

  double deadline(int seq) {
    return Double.longBitsToDouble(entries[index(seq) + DEADLINE]);
  }

  long customer(int seq) {
    return entries[index(seq) + CUSTOMER];
  }

  /** Removes the head order (it is being shipped). */
  void pollHead() {
    entries[index(head) + UNITS] = 0;
    count--;
    head++;
    skipTombstones();
    releaseIfEmpty();
  }

  /** The sequence number after {@code seq} that is still waiting, or -1 (iteration from {@link #headSeq()}). */
  int nextWaiting(int seq) {
    for (int s = seq + 1; s - tail < 0; s++) {
      if (waiting(s)) {
        return s;
      }
    }
    return -1;
  }

  private boolean waiting(int seq) {
    return entries[index(seq) + UNITS] != 0;
  }

  private int index(int seq) {
    return (seq & mask) * STRIDE;
  }

  private void skipTombstones() {
    while (head - tail < 0 && !waiting(head)) {
      head++;
    }
  }

  /**
   * Returns a grown ring to its first size once the queue is empty, so that memory follows the
   * orders waiting now rather than the longest queue a product has ever had (which grows with the
   * horizon). Sequence numbers stay valid: only the mask changes, and no order is in the buffer.
   */
  private void releaseIfEmpty() {
    if (count == 0 && mask >= FIRST_CAPACITY) {
      entries = new long[FIRST_CAPACITY * STRIDE];
      mask = FIRST_CAPACITY - 1;
    }
  }

  /** Orders the ring has room for before it grows (tests). */
  int capacity() {
    return mask + 1;
  }

  private void grow() {
    int capacity = (mask + 1) * 2;
    long[] grown = new long[capacity * STRIDE];
    for (int s = head; s - tail < 0; s++) {
      System.arraycopy(entries, index(s), grown, (s & (capacity - 1)) * STRIDE, STRIDE);
    }
    entries = grown;
    mask = capacity - 1;
  }

  @Override
  public String toString() {
    return "BackorderQueue" + Arrays.toString(new int[] {head, tail, count});
  }
}
