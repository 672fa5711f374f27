package backorder.engine;

import java.util.Arrays;

/**
 * The pending events of one simulation, ordered by (time, priority, insertion sequence). A
 * calendar queue for the next two days in front of a {@link TournamentTree} for the rest: events
 * less than two days after the current bucket go into unsorted per-bucket lists (found through a
 * bitmap), later ones into the tree. Most events of a busy world fire within hours (customer
 * arrivals) or a day later (a store's shipment on a one-day lane), so scheduling and firing them
 * costs a constant few operations instead of a tree path whose length grows with the number of
 * pending events. The day is cut into 2<sup>14</sup> buckets to start
 * with; when firing has to search long buckets (many products: more events per hour), the buckets
 * are halved, up to 2<sup>{@value #MAX_SHIFT}</sup> a day, so a bucket keeps about one event. Every
 * event carries the same (time, priority, sequence) key and both tiers are compared on it, so the
 * firing order is exactly the total order of the keys whatever the bucket width. Scheduling and
 * firing allocate nothing once the arrays have grown.
 */
public final class EventCalendar {

  private static final int SEQ_BITS = 44;
  /** first bucket width 2^-MIN_SHIFT days: about one pending arrival per bucket at 20,000 arrivals a day */
  static final int MIN_SHIFT = 14;
  /** narrowest bucket, 2^-MAX_SHIFT days (2^21 buckets a day: 16 MB of heads), for 10^6 arrivals a day and more */
  static final int MAX_SHIFT = 21;
  /**
   * the near window is 2^WINDOW_SHIFT days: two, so that an event one day ahead (a store's
   * one-day transit in W3: 16% of its time went to the tree when the window was one day) stays near
   */
  private static final int WINDOW_SHIFT = 1;
  /** polls between two looks at the mean bucket length searched */
  private static final int SAMPLE_POLLS = 1 << 12;
  /** halve the buckets when firing searched more than this many events per poll on average */
  private static final int LONG_BUCKET = 2;
  private static final int NONE = -1;
  /** a slot's longs: time (raw bits), order key, type and argument, next slot in its list */
  private static final int STRIDE = 4;

  private final TournamentTree far = new TournamentTree();
  private int shift = MIN_SHIFT;
  private double scale = 1 << MIN_SHIFT; // a power of two: t * scale is exact and monotone
  private int mask = windowBuckets(MIN_SHIFT) - 1;
  private int[] head = new int[windowBuckets(MIN_SHIFT)];
  private long[] occupied = new long[windowBuckets(MIN_SHIFT) >>> 6];
  /** absolute index of the bucket the near events start from; every bucket before it is empty */
  private long current;
  private int nearCount;
  private int pollsSampled;
  private long eventsSearched;
  /** events the last {@link #locate()} searched in its bucket */
  private int lastSearched;

  /** the near events' slots, interleaved so one event's fields share a cache line */
  private long[] slots = new long[256 * STRIDE];
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
    long bucket = (long) (at * scale);
    if (bucket > current + mask) {
      far.schedule(at, key, eventType, a);
      return;
    }
    int slot = allocate();
    int base = slot * STRIDE;
    slots[base] = Double.doubleToRawLongBits(at);
    slots[base + 1] = key;
    slots[base + 2] = ((long) eventType << 32) | (a & 0xFFFFFFFFL);
    link(slot, bucket);
    nearCount++;
  }

  /**
   * Puts a slot at the head of its bucket's list; an event before the current bucket (possible
   * after a far event fired) joins the current one: that bucket is searched in full, so it still
   * fires first.
   */
  private void link(int slot, long bucket) {
    int b = (int) (Math.max(bucket, current) & mask);
    slots[slot * STRIDE + 3] = head[b];
    head[b] = slot;
    occupied[b >>> 6] |= 1L << b;
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
        current = Math.max(current, (long) (polledTime * scale));
      }
      return true;
    }
    int slot = minSlot;
    int base = slot * STRIDE;
    polledTime = Double.longBitsToDouble(slots[base]);
    long typeAndA = slots[base + 2];
    polledType = (int) (typeAndA >>> 32);
    polledA = (int) typeAndA;
    int after = (int) slots[base + 3];
    if (minPrev == NONE) {
      head[minBucket] = after;
    } else {
      slots[minPrev * STRIDE + 3] = after;
    }
    if (head[minBucket] == NONE) {
      occupied[minBucket >>> 6] &= ~(1L << minBucket);
    }
    slots[base + 3] = freeHead;
    freeHead = slot;
    nearCount--;
    sampleSearch(lastSearched);
    return true;
  }

  /** Time of the earliest pending event, or +infinity when none. */
  public double peekTime() {
    if (size == 0) {
      return Double.POSITIVE_INFINITY;
    }
    locate();
    return minSlot == NONE ? far.peekTime() : Double.longBitsToDouble(slots[minSlot * STRIDE]);
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

  /** The buckets of the near window when a day has 2^shift of them. */
  private static int windowBuckets(int shift) {
    return 1 << (shift + WINDOW_SHIFT);
  }

  /** Buckets per day now (for tests and benchmarks: it grows with the events' density). */
  int bucketsPerDay() {
    return 1 << shift;
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
    int b = firstOccupied((int) (current & mask));
    current += (b - current) & mask;
    int best = head[b];
    int bestPrev = NONE;
    int searched = 1;
    for (int s = next(best), p = best; s != NONE; p = s, s = next(s)) {
      searched++;
      if (before(s, best)) {
        best = s;
        bestPrev = p;
      }
    }
    minBucket = b;
    minPrev = bestPrev;
    double farTime = far.size() == 0 ? Double.POSITIVE_INFINITY : far.peekTime();
    double t = Double.longBitsToDouble(slots[best * STRIDE]);
    if (farTime < t || (farTime == t && far.peekOrder() < slots[best * STRIDE + 1])) {
      return; // the far tier's earliest comes first
    }
    minSlot = best;
    lastSearched = searched;
  }

  /**
   * Counts the events searched per poll and halves the buckets when they are long on average; runs
   * after a poll, when nothing located is kept.
   */
  private void sampleSearch(int searched) {
    eventsSearched += searched;
    if (++pollsSampled < SAMPLE_POLLS) {
      return;
    }
    if (eventsSearched > (long) LONG_BUCKET * SAMPLE_POLLS && shift < MAX_SHIFT) {
      halveBuckets();
    }
    pollsSampled = 0;
    eventsSearched = 0;
  }

  /**
   * Doubles the buckets per day and moves every near event to its narrower bucket. The window stays
   * two days ([current, current + two days) in time), so no event changes tier, and the earliest is
   * located afresh.
   */
  private void halveBuckets() {
    int[] oldHead = head;
    shift++;
    scale = 1L << shift;
    mask = windowBuckets(shift) - 1;
    head = new int[windowBuckets(shift)];
    occupied = new long[windowBuckets(shift) >>> 6];
    Arrays.fill(head, NONE);
    current *= 2;
    for (int s : oldHead) {
      while (s != NONE) {
        int after = next(s);
        link(s, (long) (Double.longBitsToDouble(slots[s * STRIDE]) * scale));
        s = after;
      }
    }
    located = false;
  }

  private int next(int slot) {
    return (int) slots[slot * STRIDE + 3];
  }

  private boolean before(int x, int y) {
    double tx = Double.longBitsToDouble(slots[x * STRIDE]);
    double ty = Double.longBitsToDouble(slots[y * STRIDE]);
    return tx < ty || (tx == ty && slots[x * STRIDE + 1] < slots[y * STRIDE + 1]);
  }

  /** The first occupied bucket at or after {@code from} in ring order; some bucket must be occupied. */
  private int firstOccupied(int from) {
    int words = occupied.length;
    int w = from >>> 6;
    long bits = occupied[w] & (-1L << from);
    while (bits == 0) {
      w = (w + 1) & (words - 1);
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
