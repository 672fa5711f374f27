package backorder.engine;

import java.util.Arrays;

/**
 * The pending events of one simulation, ordered by (time, priority, insertion sequence). A
 * calendar queue for the near future in front of a {@link TournamentTree} for the rest: events
 * within {@link #BUCKETS} buckets of width 2<sup>-{@value #SHIFT}</sup> days of the current bucket
 * go into unsorted per-bucket lists (found through a bitmap), later ones into the tree. Most events
 * of a busy world (customer arrivals) fire within hours, so scheduling and firing them costs a
 * constant few operations instead of a tree path whose length grows with the number of pending
 * events. Every event carries the same (time, priority, sequence) key as before and both tiers are
 * compared on it, so the firing order is exactly the total order of the keys. Scheduling and firing
 * allocate nothing once the arrays have grown.
 */
public final class EventCalendar {

  private static final int SEQ_BITS = 44;
  /** bucket width 2^-SHIFT days: about one pending arrival per bucket at 20,000 arrivals a day */
  static final int SHIFT = 14;
  private static final double SCALE = 1 << SHIFT; // a power of two: t * SCALE is exact and monotone
  static final int BUCKETS = 1 << 14;
  private static final int MASK = BUCKETS - 1;
  private static final int WORDS = BUCKETS >>> 6;
  private static final int NONE = -1;
  private static final int STRIDE = 4;
  private static final int TIME = 0;
  private static final int ORDER = 1;
  private static final int TYPE_AND_A = 2;
  private static final int NEXT = 3;

  private final TournamentTree far = new TournamentTree();
  private final int[] head = new int[BUCKETS];
  private final long[] occupied = new long[WORDS];
  /** absolute index of the bucket the near events start from; every bucket before it is empty */
  private long current;
  private int nearCount;

  /**
   * the near events, {@value #STRIDE} longs per slot: time (raw bits), order key, type and argument,
   * next slot in the bucket or free list. A slot is 32 contiguous bytes, where five parallel
   * arrays took five cache lines: with 10,000 pending events (W3) the slots do not fit in L1
   */
  private long[] slots = new long[STRIDE * 256];
  private int freeHead = NONE;
  private int used;

  private long sequence;
  private int size;

  /** the earliest event as located by {@link #locate()}: a near slot, or NONE for the far tier */
  private boolean located;
  private int minSlot;
  private int minPrev;
  private int minBucket;

  private double polledTime;
  private int polledType;
  private int polledA;

  public EventCalendar() {
    Arrays.fill(head, NONE);
  }

  /** Schedules an event; lower priority values fire first among events at the same time. */
  public void schedule(double at, int priority, int eventType, int a) {
    long key = ((long) priority << SEQ_BITS) | (sequence++ & ((1L << SEQ_BITS) - 1));
    size++;
    located = false;
    long bucket = (long) (at * SCALE);
    if (bucket >= current + BUCKETS) {
      far.schedule(at, key, eventType, a);
      return;
    }
    // an event before the current bucket (possible after a far event fired) joins the current one:
    // that bucket is searched in full, so it still fires first
    int b = (int) (Math.max(bucket, current) & MASK);
    int slot = allocate();
    int i = slot * STRIDE;
    slots[i + TIME] = Double.doubleToRawLongBits(at);
    slots[i + ORDER] = key;
    slots[i + TYPE_AND_A] = ((long) eventType << 32) | (a & 0xFFFF_FFFFL);
    slots[i + NEXT] = head[b];
    head[b] = slot;
    occupied[b >>> 6] |= 1L << b;
    nearCount++;
  }

  /** Removes the earliest event; read it with {@link #time()}, {@link #type()} and {@link #a()}. */
  public boolean poll() {
    if (size == 0) {
      return false;
    }
    locate();
    located = false;
    size--;
    if (minSlot == NONE) {
      far.poll();
      polledTime = far.time();
      polledType = far.type();
      polledA = far.a();
      if (nearCount == 0) { // let the near window follow the clock when it has nothing to hold
        current = Math.max(current, (long) (polledTime * SCALE));
      }
      return true;
    }
    int slot = minSlot;
    int i = slot * STRIDE;
    polledTime = Double.longBitsToDouble(slots[i + TIME]);
    long typeAndA = slots[i + TYPE_AND_A];
    polledType = (int) (typeAndA >>> 32);
    polledA = (int) typeAndA;
    if (minPrev == NONE) {
      head[minBucket] = next(slot);
    } else {
      slots[minPrev * STRIDE + NEXT] = next(slot);
    }
    if (head[minBucket] == NONE) {
      occupied[minBucket >>> 6] &= ~(1L << minBucket);
    }
    slots[i + NEXT] = freeHead;
    freeHead = slot;
    nearCount--;
    return true;
  }

  /** Time of the earliest pending event, or +infinity when none. */
  public double peekTime() {
    if (size == 0) {
      return Double.POSITIVE_INFINITY;
    }
    locate();
    return minSlot == NONE ? far.peekTime() : time(minSlot);
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

  /** Finds the earliest event (once per change): the first occupied bucket's minimum against the tree's. */
  private void locate() {
    if (located) {
      return;
    }
    located = true;
    minSlot = NONE;
    if (nearCount == 0) {
      return;
    }
    int b = firstOccupied((int) (current & MASK));
    current += (b - current) & MASK;
    int best = head[b];
    int bestPrev = NONE;
    for (int s = next(best), p = best; s != NONE; p = s, s = next(s)) {
      if (before(s, best)) {
        best = s;
        bestPrev = p;
      }
    }
    minBucket = b;
    minPrev = bestPrev;
    double farTime = far.size() == 0 ? Double.POSITIVE_INFINITY : far.peekTime();
    double t = time(best);
    if (farTime < t || (farTime == t && far.peekOrder() < slots[best * STRIDE + ORDER])) {
      return; // the far tier's earliest comes first
    }
    minSlot = best;
  }

  private boolean before(int x, int y) {
    double tx = time(x);
    double ty = time(y);
    return tx < ty || (tx == ty && slots[x * STRIDE + ORDER] < slots[y * STRIDE + ORDER]);
  }

  private double time(int slot) {
    return Double.longBitsToDouble(slots[slot * STRIDE + TIME]);
  }

  private int next(int slot) {
    return (int) slots[slot * STRIDE + NEXT];
  }

  /** The first occupied bucket at or after {@code from} in ring order; some bucket must be occupied. */
  private int firstOccupied(int from) {
    int w = from >>> 6;
    long bits = occupied[w] & (-1L << from);
    while (bits == 0) {
      w = (w + 1) & (WORDS - 1);
      bits = occupied[w];
    }
    return (w << 6) + Long.numberOfTrailingZeros(bits);
  }

  private int allocate() {
    if (freeHead != NONE) {
      int slot = freeHead;
      freeHead = next(slot);
      return slot;
    }
    if (used * STRIDE == slots.length) {
      slots = Arrays.copyOf(slots, slots.length * 2);
    }
    return used++;
  }
}
