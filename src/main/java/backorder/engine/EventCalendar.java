package backorder.engine;

import java.util.Arrays;

/**
 * The pending events of one simulation, ordered by (time, priority, insertion sequence). A binary
 * heap over primitive arrays that moves only (time, slot) pairs while sifting; an event's type and
 * arguments stay in their slot, and priority and sequence are read only to break a tie in time.
 * Scheduling and firing allocate nothing once the arrays have grown.
 */
public final class EventCalendar {

  private static final int SEQ_BITS = 44;

  // the heap, in heap order
  private double[] heapTime = new double[64];
  private int[] heapSlot = new int[64];
  private int size;

  // event payloads by slot, reused through a free list
  private long[] slotOrder = new long[64]; // priority in the high bits, sequence in the low bits
  private int[] slotType = new int[64];
  private int[] slotA = new int[64];
  private int[] slotB = new int[64];
  private int[] freeSlots = new int[64];
  private int freeCount;
  private int slotsUsed;
  private long sequence;

  // the event taken by the last poll()
  private double polledTime;
  private int polledType;
  private int polledA;
  private int polledB;

  /** Schedules an event; lower priority values fire first among events at the same time. */
  public void schedule(double at, int priority, int eventType, int a, int b) {
    int slot = freeCount > 0 ? freeSlots[--freeCount] : newSlot();
    slotOrder[slot] = ((long) priority << SEQ_BITS) | (sequence++ & ((1L << SEQ_BITS) - 1));
    slotType[slot] = eventType;
    slotA[slot] = a;
    slotB[slot] = b;
    if (size == heapTime.length) {
      heapTime = Arrays.copyOf(heapTime, size * 2);
      heapSlot = Arrays.copyOf(heapSlot, size * 2);
    }
    int i = size++;
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      double pt = heapTime[parent];
      if (pt < at || (pt == at && slotOrder[heapSlot[parent]] < slotOrder[slot])) {
        break;
      }
      heapTime[i] = pt;
      heapSlot[i] = heapSlot[parent];
      i = parent;
    }
    heapTime[i] = at;
    heapSlot[i] = slot;
  }

  /** Removes the earliest event; read it with {@link #time()}, {@link #type()}, {@link #a()}, {@link #b()}. */
  public boolean poll() {
    if (size == 0) {
      return false;
    }
    int top = heapSlot[0];
    polledTime = heapTime[0];
    polledType = slotType[top];
    polledA = slotA[top];
    polledB = slotB[top];
    freeSlots[freeCount++] = top;
    int last = --size;
    if (last > 0) {
      double t = heapTime[last];
      int s = heapSlot[last];
      int i = 0;
      int half = last >>> 1;
      while (i < half) {
        int child = 2 * i + 1;
        double ct = heapTime[child];
        int right = child + 1;
        if (right < last) {
          double rt = heapTime[right];
          if (rt < ct || (rt == ct && slotOrder[heapSlot[right]] < slotOrder[heapSlot[child]])) {
            child = right;
            ct = rt;
          }
        }
        if (t < ct || (t == ct && slotOrder[s] < slotOrder[heapSlot[child]])) {
          break;
        }
        heapTime[i] = ct;
        heapSlot[i] = heapSlot[child];
        i = child;
      }
      heapTime[i] = t;
      heapSlot[i] = s;
    }
    return true;
  }

  /** Time of the earliest pending event, or +infinity when none. */
  public double peekTime() {
    return size == 0 ? Double.POSITIVE_INFINITY : heapTime[0];
  }

  public int size() {
    return size;
  }

  public double time() {
    return polledTime;
  }

  public int type() {
    return polledType;
  }

  public int a() {
    return polledA;
  }

  public int b() {
    return polledB;
  }

  private int newSlot() {
    if (slotsUsed == slotOrder.length) {
      int n = slotsUsed * 2;
      slotOrder = Arrays.copyOf(slotOrder, n);
      slotType = Arrays.copyOf(slotType, n);
      slotA = Arrays.copyOf(slotA, n);
      slotB = Arrays.copyOf(slotB, n);
      freeSlots = Arrays.copyOf(freeSlots, n);
    }
    return slotsUsed++;
  }
}
