package backorder.model;

import java.util.Arrays;

/**
 * The product's waiting customer orders, first come first served, filled whole. A ring buffer
 * indexed by a per-product sequence number, so a cancellation finds its order in O(1) and leaves a
 * tombstone that the head skips. Each order's fields sit side by side in one {@code long[]}
 * (doubles as raw bits), so that adding, shipping or cancelling an order touches one cache line
 * instead of one per field array: with thousands of products the queues are rarely in cache.
 * The finite cancellation deadlines also sit in a min-heap, so the orders whose patience has run
 * out are found without scanning the queue (a scan per deadline made a queue of a million waiting
 * orders cost a million million steps).
 */
final class BackorderQueue {

  private static final int ARRIVAL = 0;
  private static final int DEADLINE = 1;
  /** the order's units; 0 marks a tombstone (every order has at least one unit) */
  private static final int UNITS = 2;
  private static final int CUSTOMER = 3;
  private static final int STRIDE = 4;
  private static final int FIRST_CAPACITY = 16;
  private static final double[] NO_DEADLINES = new double[0];
  private static final int[] NO_ORDERS = new int[0];

  private long[] entries = new long[FIRST_CAPACITY * STRIDE];
  private int mask = FIRST_CAPACITY - 1;
  private int head; // sequence number of the oldest slot still in the buffer
  private int tail; // next sequence number
  private int count; // orders still waiting
  /** Min-heap of (deadline, sequence number); entries of orders shipped or cancelled are dropped lazily. */
  private double[] heapDeadline = NO_DEADLINES;
  private int[] heapSeq = NO_ORDERS;
  private int heapSize;
  /**
   * The last {@link #expiredBy} answer, kept for the queue's next one: a cancellation check allocates
   * nothing (it is a steady-state event). It holds at most the largest burst of expiries seen.
   */
  private int[] expired = NO_ORDERS;

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
    if (cancelDeadline < Double.POSITIVE_INFINITY) {
      pushDeadline(cancelDeadline, tail);
    }
    return tail++;
  }

  /**
   * How many waiting orders have a deadline at or before {@code t}; read their sequence numbers with
   * {@link #expired(int)}, oldest first (the order a scan from the head finds them in). They stay in
   * the queue until removed.
   */
  int expiredBy(double t) {
    int k = 0;
    dropStaleTop();
    while (heapSize > 0 && heapDeadline[0] <= t) {
      if (k == expired.length) {
        expired = Arrays.copyOf(expired, Math.max(4, 2 * k));
      }
      expired[k++] = heapSeq[0] - head; // offsets from the head sort correctly across int wrap-around
      popDeadline();
      dropStaleTop();
    }
    Arrays.sort(expired, 0, k);
    for (int j = 0; j < k; j++) {
      expired[j] += head;
    }
    return k;
  }

  /** The sequence number of the j-th order the last {@link #expiredBy} found, j from 0. */
  int expired(int j) {
    return expired[j];
  }

  /** The earliest deadline of a waiting order, or positive infinity when none has one. */
  double earliestDeadline() {
    dropStaleTop();
    return heapSize == 0 ? Double.POSITIVE_INFINITY : heapDeadline[0];
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

  /** Whether {@code seq} names an order still in the queue (not shipped, not cancelled). */
  private boolean stillWaiting(int seq) {
    return seq - head >= 0 && seq - tail < 0 && waiting(seq);
  }

  private void dropStaleTop() {
    while (heapSize > 0 && !stillWaiting(heapSeq[0])) {
      popDeadline();
    }
  }

  private void pushDeadline(double deadline, int seq) {
    if (heapSize >= 2 * count + 32) {
      dropStaleEntries(); // stale entries of shipped orders would otherwise pile up over the run
    }
    if (heapSize == heapDeadline.length) {
      int capacity = Math.max(16, 2 * heapSize);
      heapDeadline = Arrays.copyOf(heapDeadline, capacity);
      heapSeq = Arrays.copyOf(heapSeq, capacity);
    }
    int i = heapSize++;
    while (i > 0) {
      int parent = (i - 1) / 2;
      if (heapDeadline[parent] <= deadline) {
        break;
      }
      heapDeadline[i] = heapDeadline[parent];
      heapSeq[i] = heapSeq[parent];
      i = parent;
    }
    heapDeadline[i] = deadline;
    heapSeq[i] = seq;
  }

  private void popDeadline() {
    heapSize--;
    if (heapSize > 0) {
      heapDeadline[0] = heapDeadline[heapSize];
      heapSeq[0] = heapSeq[heapSize];
      siftDown(0);
    }
  }

  /** Keeps only the heap entries of waiting orders and restores the heap order. */
  private void dropStaleEntries() {
    int kept = 0;
    for (int j = 0; j < heapSize; j++) {
      if (stillWaiting(heapSeq[j])) {
        heapDeadline[kept] = heapDeadline[j];
        heapSeq[kept] = heapSeq[j];
        kept++;
      }
    }
    heapSize = kept;
    for (int j = kept / 2 - 1; j >= 0; j--) {
      siftDown(j);
    }
  }

  private void siftDown(int start) {
    double deadline = heapDeadline[start];
    int seq = heapSeq[start];
    int i = start;
    while (2 * i + 1 < heapSize) {
      int child = 2 * i + 1;
      if (child + 1 < heapSize && heapDeadline[child + 1] < heapDeadline[child]) {
        child++;
      }
      if (heapDeadline[child] >= deadline) {
        break;
      }
      heapDeadline[i] = heapDeadline[child];
      heapSeq[i] = heapSeq[child];
      i = child;
    }
    heapDeadline[i] = deadline;
    heapSeq[i] = seq;
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
    if (count == 0) {
      heapSize = 0; // every entry left is stale
      if (heapDeadline.length > FIRST_CAPACITY) {
        heapDeadline = NO_DEADLINES;
        heapSeq = NO_ORDERS;
      }
    }
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
