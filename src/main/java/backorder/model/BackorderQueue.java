package backorder.model;

import java.util.Arrays;

/**
 * The product's waiting customer orders, first come first served, filled whole. A ring buffer
 * indexed by a per-product sequence number, so a cancellation finds its order in O(1) and leaves a
 * tombstone that the head skips.
 */
final class BackorderQueue {

  private double[] arrival = new double[16];
  private double[] deadline = new double[16];
  private long[] units = new long[16];
  private long[] customer = new long[16];
  private boolean[] waiting = new boolean[16];
  private int head; // sequence number of the oldest slot still in the buffer
  private int tail; // next sequence number
  private int count; // orders still waiting

  /** Adds a waiting order; returns its sequence number. */
  int add(double time, long orderUnits, long customerIndex, double cancelDeadline) {
    if (tail - head == arrival.length) {
      grow();
    }
    int slot = tail & (arrival.length - 1);
    arrival[slot] = time;
    deadline[slot] = cancelDeadline;
    units[slot] = orderUnits;
    customer[slot] = customerIndex;
    waiting[slot] = true;
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
    int slot = seq & (arrival.length - 1);
    waiting[slot] = false;
    count--;
    skipTombstones();
    return units[slot];
  }

  /** Sequence number of the oldest waiting order; only when not empty. */
  int headSeq() {
    return head;
  }

  long units(int seq) {
    return units[seq & (arrival.length - 1)];
  }

  double arrival(int seq) {
    return arrival[seq & (arrival.length - 1)];
  }

  double deadline(int seq) {
    return deadline[seq & (arrival.length - 1)];
  }

  long customer(int seq) {
    return customer[seq & (arrival.length - 1)];
  }

  /** Removes the head order (it is being shipped). */
  void pollHead() {
    waiting[head & (arrival.length - 1)] = false;
    count--;
    head++;
    skipTombstones();
  }

  /** The sequence number after {@code seq} that is still waiting, or -1 (iteration from {@link #headSeq()}). */
  int nextWaiting(int seq) {
    for (int s = seq + 1; s - tail < 0; s++) {
      if (waiting[s & (arrival.length - 1)]) {
        return s;
      }
    }
    return -1;
  }

  private void skipTombstones() {
    while (head - tail < 0 && !waiting[head & (arrival.length - 1)]) {
      head++;
    }
  }

  private void grow() {
    int n = arrival.length;
    int n2 = n * 2;
    double[] a = new double[n2];
    double[] d = new double[n2];
    long[] u = new long[n2];
    long[] c = new long[n2];
    boolean[] w = new boolean[n2];
    for (int s = head; s - tail < 0; s++) {
      int from = s & (n - 1);
      int to = s & (n2 - 1);
      a[to] = arrival[from];
      d[to] = deadline[from];
      u[to] = units[from];
      c[to] = customer[from];
      w[to] = waiting[from];
    }
    arrival = a;
    deadline = d;
    units = u;
    customer = c;
    waiting = w;
  }

  @Override
  public String toString() {
    return "BackorderQueue" + Arrays.toString(new int[] {head, tail, count});
  }
}
