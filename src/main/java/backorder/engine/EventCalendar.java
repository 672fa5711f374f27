package backorder.engine;

import java.util.Arrays;

/**
 * The pending events of one simulation, ordered by (time, priority, insertion sequence). A
 * calendar queue for the next two days in front of a {@link TournamentTree} for the rest: events
 * less than two days after the current bucket go into unsorted per-bucket lists (found through a
 * bitmap), later ones into the tree. Most events of a busy world fire within hours (customer
 * arrivals) or a day later (a store's shipment on a one-day lane), so scheduling and firing them
 * costs a constant few operations instead of a tree path whose length grows with the number of
 * pending events. The day starts cut into as many buckets as the world expects events a day
 * (rounded down to a power of two, at least one: then the window spans {@value #MIN_WINDOW_BUCKETS}
 * days); whenever firing has to search long buckets, the buckets are halved, up to
 * 2<sup>{@value #MAX_SHIFT}</sup> a day, so a bucket keeps about one event: a one-product textbook
 * model keeps a few buckets a day, W2's 1,000 products 2<sup>14</sup>, each with a bitmap of a word
 * or a few to scan. Events at one same time count once: no bucket could part them. Every
 * event carries the same (time, priority, sequence) key and both tiers are compared on it, so the
 * firing order is exactly the total order of the keys whatever the bucket width. Scheduling and
 * firing allocate nothing once the arrays have grown.
 */
public final class EventCalendar {

  private static final int SEQ_BITS = 44;
  /** narrowest bucket, 2^-MAX_SHIFT days (2^21 buckets a day: 16 MB of heads), for 10^6 arrivals a day and more */
  static final int MAX_SHIFT = 21;
  /**
   * the near window is 2^WINDOW_SHIFT days: two, so that an event one day ahead (a store's
   * one-day transit in W3: 16% of its time went to the tree when the window was one day) stays near
   */
  private static final int WINDOW_SHIFT = 1;
  /** but at least one bitmap word of buckets: wide buckets make a window of more days */
  private static final int MIN_WINDOW_BUCKETS = 64;
  /** polls between two looks at the mean bucket length searched */
  private static final int SAMPLE_POLLS = 1 << 12;
  /** halve the buckets when firing searched more than this many events per poll on average */
  private static final int LONG_BUCKET = 2;
  private static final int NONE = -1;
  /** a slot's longs: time (raw bits), order key, type and argument, next slot in its list */
  private static final int STRIDE = 4;

  private final TournamentTree far = new TournamentTree();
  private int shift;
  private double scale; // a power of two: t * scale is exact and monotone
  private int mask;
  private int[] head;
  private long[] occupied;
  /** absolute index of the bucket the near events start from; every bucket before it is empty */
  private long current;
  private int nearCount;
  private int pollsSampled;
  private long eventsSearched;
  /** events the last {@link #locate()} searched in its bucket, less those tied at its time */
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

  /** A calendar that starts with one bucket a day (a world that does not know its density). */
  public EventCalendar() {
    this(1);
  }

  /**
   * A calendar for a world expecting about {@code eventsPerDay}: its first buckets are about as
   * many a day (W2's 20,000 customer orders a day: 2^14, as its searches settle on), which spares
   * each replication the halvings from one bucket a day.
   */
  public EventCalendar(double eventsPerDay) {
    double perDay = eventsPerDay >= 1 ? Math.min(eventsPerDay, 1 << MAX_SHIFT) : 1; // NaN: 1
    shift = Math.getExponent(perDay);
    scale = 1L << shift;
    mask = windowBuckets(shift) - 1;
    head = new int[windowBuckets(shift)];
    occupied = new long[windowBuckets(shift) >>> 6];
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
    return Math.max(MIN_WINDOW_BUCKETS, 1 << (shift + WINDOW_SHIFT));
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
    double bestTime = Double.longBitsToDouble(slots[best * STRIDE]);
    int searched = 1;
    int tied = 0; // events at the earliest time besides it: no narrower bucket could part them
    for (int s = next(best), p = best; s != NONE; p = s, s = next(s)) {
      searched++;
      double ts = Double.longBitsToDouble(slots[s * STRIDE]);
      if (ts == bestTime) {
        tied++;
        if (slots[s * STRIDE + 1] < slots[best * STRIDE + 1]) {
          best = s;
          bestPrev = p;
        }
      } else if (ts < bestTime) {
        best = s;
        bestPrev = p;
        bestTime = ts;
        tied = 0;
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
    lastSearched = searched - tied;
  }

  /**
   * Counts the events searched per poll and halves the buckets when they are long on average over
   * {@value #SAMPLE_POLLS} polls, as soon as the count says so (buckets far too wide halve within a
   * few polls each); runs after a poll, when nothing located is kept.
   */
  private void sampleSearch(int searched) {
    eventsSearched += searched;
    pollsSampled++;
    boolean searchedLong = eventsSearched > (long) LONG_BUCKET * SAMPLE_POLLS;
    if (!searchedLong && pollsSampled < SAMPLE_POLLS) {
      return;
    }
    if (searchedLong && shift < MAX_SHIFT) {
      halveBuckets();
    }
    pollsSampled = 0;
    eventsSearched = 0;
  }

  /**
   * Doubles the buckets per day and moves every near event to its narrower bucket. While the window
   * is wider than two days it narrows with the buckets (it keeps {@value #MIN_WINDOW_BUCKETS}), and
   * the events beyond it move to the tree, keys and all: the order stays the keys' total order. The
   * earliest is located afresh.
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
        double at = Double.longBitsToDouble(slots[s * STRIDE]);
        long bucket = (long) (at * scale);
        if (bucket > current + mask) {
          long typeAndA = slots[s * STRIDE + 2];
          far.schedule(at, slots[s * STRIDE + 1], (int) (typeAndA >>> 32), (int) typeAndA);
          slots[s * STRIDE + 3] = freeHead;
          freeHead = s;
          nearCount--;
        } else {
          link(s, bucket);
        }
        s = after;
      }
    }
    located = false;
  }

  private int next(int slot) {
    return (int) slots[slot * STRIDE + 3];
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
