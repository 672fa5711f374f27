package backorder.bench;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;

/**
 * A single-purpose, hand-tuned program of W2's event loop, the yardstick the engine is timed
 * against (issue 14, item 2): 1,000 SKUs, Poisson 20 orders/day of 1 unit, continuous (s, Q) =
 * (140, 100), fixed lead time 7 days, exponential patience mean 10 days, 365 days, 240 units at
 * start. It knows the model, so it takes every shortcut the general engine cannot: arrivals in a
 * calendar queue of one pending arrival per product, purchase orders in one FIFO (a fixed lead time
 * keeps them in order), cancellations in a binary heap with lazy deletion, time-weighted on-hand and
 * backlog per product, and the end-of-day sums. Random numbers come from the same generator family
 * and exponential sampler as the engine's streams (one per product), so drawing costs the same.
 *
 * <p>Run: {@code java -cp target/benchmarks.jar backorder.bench.HandTunedW2 [replications]}
 * ({@code -Dproducts=10000 -Ddays=36} for the same model with more products over fewer days).
 */
public final class HandTunedW2 {

  /** 1,000 as W2; {@code -Dproducts=N} runs the same model with N products (the scale floor) */
  private static final int N = Integer.getInteger("products", 1000);
  private static final double RATE = 20;
  /** 365 as W2; {@code -Ddays=D} for another whole number of days */
  private static final int HORIZON = Integer.getInteger("days", 365);
  private static final long S = 140;
  private static final long Q = 100;
  private static final double LEAD = 7;
  private static final double PATIENCE = 10;
  /** 2^14 buckets a day at 1,000 products, twice as many per doubling: about one arrival each */
  private static final int SHIFT = 14 + Math.max(0, 32 - Integer.numberOfLeadingZeros((N - 1) / 1000));
  private static final double SCALE = 1 << SHIFT;
  private static final int BUCKETS = 4 << SHIFT; // four days of buckets: a 4-day gap at 20/day never occurs
  private static final int MASK = BUCKETS - 1;

  private final UniformRandomProvider[] rng = new UniformRandomProvider[N];
  private final ZigguratSampler.Exponential[] exp = new ZigguratSampler.Exponential[N];
  private final long[] onHand = new long[N];
  private final long[] onOrder = new long[N];
  private final long[] backlog = new long[N];
  private final double[] lastChange = new double[N];
  private final double[] handArea = new double[N];
  private final double[] backlogArea = new double[N];
  private final double[] nextArrival = new double[N];

  // arrivals: bucket lists over products (each product pending exactly once)
  private final int[] head = new int[BUCKETS];
  private final int[] nextInBucket = new int[N];
  private final long[] occupied = new long[BUCKETS >>> 6];
  private long current;

  // purchase orders: FIFO of (arrival, product)
  private double[] poTime = new double[1 << 12];
  private int[] poProduct = new int[1 << 12];
  private int poHead;
  private int poTail;

  // waiting customers: per-product FIFO rings of customer ids; customers in a pool
  private int[][] waiting = new int[N][16];
  private final int[] waitHead = new int[N];
  private final int[] waitTail = new int[N];
  private double[] custArrival = new double[1 << 16];
  private double[] custDeadline = new double[1 << 16];
  private boolean[] custGone = new boolean[1 << 16];
  private int[] custFree = new int[1 << 16];
  private int[] custProduct = new int[1 << 16];
  private int freeCount;
  private int custUsed;

  // cancellations: binary heap of (deadline, customer), stale once the customer is served
  private double[] heapTime = new double[1 << 12];
  private int[] heapCust = new int[1 << 12];
  private int heapSize;

  private long events;
  private long filled;
  private long backorders;
  private long cancellations;
  private double waitDays;
  private long servedFromQueue;
  private long dayHandSum;

  HandTunedW2(long seed) {
    Arrays.fill(head, -1);
    for (int p = 0; p < N; p++) {
      rng[p] = RandomSource.XO_SHI_RO_256_PP.create(seed * 1_000_003L + p);
      exp[p] = ZigguratSampler.Exponential.of(rng[p]);
      onHand[p] = 240;
      scheduleArrival(p, exp[p].sample() / RATE);
    }
  }

  public static void main(String[] args) {
    int reps = args.length > 0 ? Integer.parseInt(args[0]) : 1;
    for (int r = 0; r < reps; r++) {
      long start = System.nanoTime();
      HandTunedW2 w = new HandTunedW2(r + 1);
      w.run();
      double s = (System.nanoTime() - start) / 1e9;
      System.out.printf("replication %d: %d events in %.3f s (%.1f M events/s); filled %d, backorders %d,"
          + " cancelled %d, mean wait %.3f, end-of-day on hand %d%n", r, w.events, s, w.events / s / 1e6,
          w.filled, w.backorders, w.cancellations, w.waitDays / Math.max(1, w.servedFromQueue), w.dayHandSum);
    }
  }

  void run() {
    for (int day = 0; day < HORIZON; day++) {
      double dayEnd = day + 1;
      while (true) {
        double ta = peekArrival();
        double tp = poHead == poTail ? Double.POSITIVE_INFINITY : poTime[poHead & (poTime.length - 1)];
        double tc = heapSize == 0 ? Double.POSITIVE_INFINITY : heapTime[0];
        if (ta <= tp && ta <= tc) {
          if (ta >= dayEnd) {
            break;
          }
          arrival(ta);
        } else if (tp <= tc) {
          if (tp >= dayEnd) {
            break;
          }
          stock(tp);
        } else {
          if (tc >= dayEnd) {
            break;
          }
          cancel(tc);
        }
        events++;
      }
      long hand = 0;
      for (int p = 0; p < N; p++) {
        hand += onHand[p];
      }
      dayHandSum += hand;
      events++;
    }
    for (int p = 0; p < N; p++) {
      levels(p, HORIZON);
    }
  }

  private double peekArrival() {
    int from = (int) (current & MASK);
    int w = from >>> 6;
    long bits = occupied[w] & (-1L << from);
    while (bits == 0) {
      w = (w + 1) & (occupied.length - 1);
      bits = occupied[w];
    }
    int b = (w << 6) + Long.numberOfTrailingZeros(bits);
    current += (b - current) & MASK;
    double best = Double.POSITIVE_INFINITY;
    for (int p = head[b]; p >= 0; p = nextInBucket[p]) {
      best = Math.min(best, nextArrival[p]);
    }
    return best;
  }

  private void arrival(double t) {
    int b = (int) (current & MASK);
    int prev = -1;
    int p = head[b];
    while (nextArrival[p] != t) {
      prev = p;
      p = nextInBucket[p];
    }
    if (prev < 0) {
      head[b] = nextInBucket[p];
    } else {
      nextInBucket[prev] = nextInBucket[p];
    }
    if (head[b] < 0) {
      occupied[b >>> 6] &= ~(1L << b);
    }
    scheduleArrival(p, t + exp[p].sample() / RATE);
    levels(p, t);
    if (onHand[p] > 0) {
      onHand[p]--;
      filled++;
    } else {
      int c = freeCount > 0 ? custFree[--freeCount] : newCustomer();
      custArrival[c] = t;
      custDeadline[c] = t + exp[p].sample() * PATIENCE;
      custGone[c] = false;
      custProduct[c] = p;
      enqueue(p, c);
      backlog[p]++;
      backorders++;
      push(custDeadline[c], c);
    }
    review(p, t);
  }

  private void stock(double t) {
    int p = poProduct[poHead & (poTime.length - 1)];
    poHead++;
    levels(p, t);
    onHand[p] += Q;
    onOrder[p] -= Q;
    int[] ring = waiting[p];
    while (onHand[p] > 0 && waitHead[p] != waitTail[p]) {
      int c = ring[waitHead[p]++ & (ring.length - 1)];
      if (custGone[c]) {
        custFree[freeCount++] = c; // cancelled earlier: its last reference leaves the queue here
        continue;
      }
      custGone[c] = true; // served: its heap entry is now stale, the heap frees it
      onHand[p]--;
      backlog[p]--;
      waitDays += t - custArrival[c];
      servedFromQueue++;
    }
    review(p, t);
  }

  private void cancel(double t) {
    int c = pop();
    if (custGone[c]) {
      custFree[freeCount++] = c; // stale: served earlier
      return;
    }
    int p = custProduct[c];
    levels(p, t);
    custGone[c] = true;
    backlog[p]--;
    cancellations++;
    review(p, t);
  }

  private void review(int p, double t) {
    long position = onHand[p] + onOrder[p] - backlog[p];
    while (position <= S) {
      if (poTail - poHead == poTime.length) {
        growPo();
      }
      poTime[poTail & (poTime.length - 1)] = t + LEAD;
      poProduct[poTail & (poTime.length - 1)] = p;
      poTail++;
      onOrder[p] += Q;
      position += Q;
    }
  }

  private void levels(int p, double t) {
    double dt = t - lastChange[p];
    handArea[p] += dt * onHand[p];
    backlogArea[p] += dt * backlog[p];
    lastChange[p] = t;
  }

  private void scheduleArrival(int p, double t) {
    nextArrival[p] = t;
    long bucket = (long) (t * SCALE);
    if (bucket >= current + BUCKETS) {
      throw new IllegalStateException("arrival beyond the bucket window");
    }
    int b = (int) (bucket & MASK);
    nextInBucket[p] = head[b];
    head[b] = p;
    occupied[b >>> 6] |= 1L << b;
  }

  private int newCustomer() {
    if (custUsed == custArrival.length) {
      int n = custUsed * 2;
      custArrival = Arrays.copyOf(custArrival, n);
      custDeadline = Arrays.copyOf(custDeadline, n);
      custGone = Arrays.copyOf(custGone, n);
      custFree = Arrays.copyOf(custFree, n);
      custProduct = Arrays.copyOf(custProduct, n);
    }
    return custUsed++;
  }

  private void enqueue(int p, int c) {
    int[] ring = waiting[p];
    if (waitTail[p] - waitHead[p] == ring.length) {
      int[] bigger = new int[ring.length * 2];
      for (int i = 0; i < ring.length; i++) {
        bigger[i] = ring[(waitHead[p] + i) & (ring.length - 1)];
      }
      waitTail[p] -= waitHead[p];
      waitHead[p] = 0;
      waiting[p] = ring = bigger;
    }
    ring[waitTail[p]++ & (ring.length - 1)] = c;
  }

  private void growPo() {
    int n = poTime.length;
    double[] t = new double[n * 2];
    int[] pr = new int[n * 2];
    for (int i = 0; i < n; i++) {
      t[i] = poTime[(poHead + i) & (n - 1)];
      pr[i] = poProduct[(poHead + i) & (n - 1)];
    }
    poTail -= poHead;
    poHead = 0;
    poTime = t;
    poProduct = pr;
  }

  private void push(double t, int c) {
    if (heapSize == heapTime.length) {
      heapTime = Arrays.copyOf(heapTime, heapSize * 2);
      heapCust = Arrays.copyOf(heapCust, heapSize * 2);
    }
    int i = heapSize++;
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      if (heapTime[parent] <= t) {
        break;
      }
      heapTime[i] = heapTime[parent];
      heapCust[i] = heapCust[parent];
      i = parent;
    }
    heapTime[i] = t;
    heapCust[i] = c;
  }

  private int pop() {
    int top = heapCust[0];
    double t = heapTime[--heapSize];
    int c = heapCust[heapSize];
    int i = 0;
    while (true) {
      int child = 2 * i + 1;
      if (child >= heapSize) {
        break;
      }
      if (child + 1 < heapSize && heapTime[child + 1] < heapTime[child]) {
        child++;
      }
      if (heapTime[child] >= t) {
        break;
      }
      heapTime[i] = heapTime[child];
      heapCust[i] = heapCust[child];
      i = child;
    }
    heapTime[i] = t;
    heapCust[i] = c;
    return top;
  }
}
