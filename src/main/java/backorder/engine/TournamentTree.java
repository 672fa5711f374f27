package backorder.engine;

import java.util.Arrays;

/**
 * The far-future tier of the {@link EventCalendar}, ordered by (time, order key). A
 * tournament (winner) tree over event slots: scheduling or removing an event replays one
 * leaf-to-root path of fixed length with no early exits, which keeps the branch predictor out of
 * the way — the usual cost of a binary heap's sifting. A fired event's slot is replayed lazily:
 * when the handler schedules its next event, that event usually reuses the slot and one replay
 * serves both. Scheduling and firing allocate nothing once the arrays have grown.
 */
final class TournamentTree {

  private static final int NONE = -1;

  private int capacity = 64; // leaves, a power of two
  private double[] time = new double[capacity]; // +∞ for a free slot
  private long[] order = new long[capacity]; // priority in the high bits, sequence in the low bits
  private int[] type = new int[capacity];
  private int[] argA = new int[capacity];
  private int[] winner = new int[capacity]; // internal nodes 1..capacity-1: the earliest slot below
  private int[] free = new int[capacity];
  private int freeCount;
  private int size;
  private int dirty = NONE; // a slot freed by poll() whose path is not replayed yet

  private double polledTime;
  private int polledType;
  private int polledA;
  private long polledOrder;

  TournamentTree() {
    Arrays.fill(time, Double.POSITIVE_INFINITY);
    for (int s = capacity - 1; s >= 0; s--) {
      free[freeCount++] = s;
    }
    rebuild();
  }

  /** Adds an event whose tie-break key (priority and sequence, see EventCalendar) is {@code key}. */
  void schedule(double at, long key, int eventType, int a) {
    if (freeCount == 0) {
      grow();
    }
    int slot = free[--freeCount];
    time[slot] = at;
    order[slot] = key;
    type[slot] = eventType;
    argA[slot] = a;
    size++;
    if (dirty != NONE && dirty != slot) {
      replay(dirty);
    }
    dirty = NONE;
    replay(slot);
  }

  /** Removes the earliest event; read it with {@link #time()}, {@link #type()} and {@link #a()}. */
  boolean poll() {
    settle();
    if (size == 0) {
      return false;
    }
    int slot = winner[1];
    polledTime = time[slot];
    polledType = type[slot];
    polledA = argA[slot];
    polledOrder = order[slot];
    time[slot] = Double.POSITIVE_INFINITY;
    free[freeCount++] = slot;
    size--;
    dirty = slot;
    return true;
  }

  /** Time of the earliest pending event, or +infinity when none. */
  double peekTime() {
    settle();
    return size == 0 ? Double.POSITIVE_INFINITY : time[winner[1]];
  }

  /** Tie-break key of the earliest pending event; call after {@link #peekTime()} found one. */
  long peekOrder() {
    return order[winner[1]];
  }

  int size() {
    return size;
  }

  double time() {
    return polledTime;
  }

  int type() {
    return polledType;
  }

  int a() {
    return polledA;
  }

  long order() {
    return polledOrder;
  }

  private void settle() {
    if (dirty != NONE) {
      replay(dirty);
      dirty = NONE;
    }
  }

  /** Recomputes the winners on the path from a slot's leaf to the root. */
  private void replay(int slot) {
    int c = slot;
    int node = (capacity + slot) >>> 1;
    // the sibling of the current subtree: a leaf at the bottom level, an internal node above
    int sibling = slot ^ 1;
    c = better(c, sibling);
    winner[node] = c;
    while (node > 1) {
      int other = winner[node ^ 1];
      node >>>= 1;
      c = better(c, other);
      winner[node] = c;
    }
  }

  private int better(int x, int y) {
    double tx = time[x];
    double ty = time[y];
    if (tx == ty) { // rare: keep it off the main path so the choice below compiles to a conditional move
      return order[x] < order[y] ? x : y;
    }
    return tx < ty ? x : y;
  }

  private void grow() {
    int old = capacity;
    capacity = old * 2;
    time = Arrays.copyOf(time, capacity);
    Arrays.fill(time, old, capacity, Double.POSITIVE_INFINITY);
    order = Arrays.copyOf(order, capacity);
    type = Arrays.copyOf(type, capacity);
    argA = Arrays.copyOf(argA, capacity);
    free = Arrays.copyOf(free, capacity);
    for (int s = capacity - 1; s >= old; s--) {
      free[freeCount++] = s;
    }
    winner = new int[capacity];
    rebuild();
  }

  private void rebuild() {
    for (int node = capacity - 1; node >= 1; node--) {
      int left = 2 * node;
      int right = left + 1;
      int l = left >= capacity ? left - capacity : winner[left];
      int r = right >= capacity ? right - capacity : winner[right];
      winner[node] = better(l, r);
    }
  }
}
