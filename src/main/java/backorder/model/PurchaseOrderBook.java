package backorder.model;

import java.util.Arrays;

/**
 * Open purchase orders: slots reused through a free list, and per product a list in the order they
 * were placed, so "next arrival from this supplier" and "did this arrival overtake an older order"
 * are answered without scanning every order.
 */
final class PurchaseOrderBook {

  private int[] product = new int[64];
  private int[] supplier = new int[64];
  private long[] units = new long[64];
  private double[] eta = new double[64];
  private double[] arrival = new double[64];
  private int[] next = new int[64];
  private int[] prev = new int[64];
  private int freeHead = -1;
  private int used;
  private final int[] head;
  private final int[] tail;
  private final int[] openCount;
  // the last nextEta answer per product, dropped when the product's orders change: a policy that
  // asks at every review (expedite) then pays for a list walk only after a change
  private final int[] etaCacheSupplier;
  private final double[] etaCache;

  PurchaseOrderBook(int products) {
    head = new int[products];
    tail = new int[products];
    openCount = new int[products];
    etaCacheSupplier = new int[products];
    etaCache = new double[products];
    Arrays.fill(etaCacheSupplier, Integer.MIN_VALUE);
    Arrays.fill(head, -1);
    Arrays.fill(tail, -1);
  }

  int open(int p, int s, long qty, double expected, double actual) {
    int slot;
    if (freeHead >= 0) {
      slot = freeHead;
      freeHead = next[slot];
    } else {
      if (used == product.length) {
        grow();
      }
      slot = used++;
    }
    product[slot] = p;
    supplier[slot] = s;
    units[slot] = qty;
    eta[slot] = expected;
    arrival[slot] = actual;
    next[slot] = -1;
    prev[slot] = tail[p];
    if (tail[p] >= 0) {
      next[tail[p]] = slot;
    } else {
      head[p] = slot;
    }
    tail[p] = slot;
    openCount[p]++;
    etaCacheSupplier[p] = Integer.MIN_VALUE;
    return slot;
  }

  /** Closes a delivered order; returns whether an older order of the same product was still open (crossing). */
  boolean close(int slot) {
    int p = product[slot];
    boolean overtook = head[p] != slot;
    if (prev[slot] >= 0) {
      next[prev[slot]] = next[slot];
    } else {
      head[p] = next[slot];
    }
    if (next[slot] >= 0) {
      prev[next[slot]] = prev[slot];
    } else {
      tail[p] = prev[slot];
    }
    openCount[p]--;
    etaCacheSupplier[p] = Integer.MIN_VALUE;
    next[slot] = freeHead;
    freeHead = slot;
    return overtook;
  }

  boolean hasOpen(int p) {
    return openCount[p] > 0;
  }

  int product(int slot) {
    return product[slot];
  }

  int supplier(int slot) {
    return supplier[slot];
  }

  long units(int slot) {
    return units[slot];
  }

  double eta(int slot) {
    return eta[slot];
  }

  double arrival(int slot) {
    return arrival[slot];
  }

  void announce(int slot, double newEta) {
    eta[slot] = newEta;
    etaCacheSupplier[product[slot]] = Integer.MIN_VALUE;
  }

  /** Earliest expected arrival of an open order of p from s (s < 0: any supplier); +∞ when none. */
  double nextEta(int p, int s) {
    if (etaCacheSupplier[p] == s) {
      return etaCache[p];
    }
    double best = Double.POSITIVE_INFINITY;
    for (int slot = head[p]; slot >= 0; slot = next[slot]) {
      if (s < 0 || supplier[slot] == s) {
        best = Math.min(best, eta[slot]);
      }
    }
    etaCacheSupplier[p] = s;
    etaCache[p] = best;
    return best;
  }

  long unitsExpectedBy(int p, int s, double day) {
    long sum = 0;
    for (int slot = head[p]; slot >= 0; slot = next[slot]) {
      if (supplier[slot] == s && eta[slot] <= day) {
        sum += units[slot];
      }
    }
    return sum;
  }

  /**
   * The expected date by which {@code unitsNeeded} more units will have arrived for p (open orders
   * taken by expected arrival); +∞ when the open orders do not cover them.
   */
  double etaCovering(int p, long unitsNeeded) {
    if (unitsNeeded <= 0) {
      return Double.NEGATIVE_INFINITY;
    }
    // few open orders per product: repeated minimum search beats sorting into a fresh array
    double after = Double.NEGATIVE_INFINITY;
    long covered = 0;
    while (true) {
      double best = Double.POSITIVE_INFINITY;
      for (int slot = head[p]; slot >= 0; slot = next[slot]) {
        if (eta[slot] > after && eta[slot] < best) {
          best = eta[slot];
        }
      }
      long bestUnits = 0;
      for (int slot = head[p]; slot >= 0; slot = next[slot]) {
        if (eta[slot] == best) {
          bestUnits += units[slot];
        }
      }
      if (Double.isInfinite(best)) {
        return Double.POSITIVE_INFINITY;
      }
      covered += bestUnits;
      if (covered >= unitsNeeded) {
        return best;
      }
      after = best;
    }
  }

  private void grow() {
    int n = product.length * 2;
    product = Arrays.copyOf(product, n);
    supplier = Arrays.copyOf(supplier, n);
    units = Arrays.copyOf(units, n);
    eta = Arrays.copyOf(eta, n);
    arrival = Arrays.copyOf(arrival, n);
    next = Arrays.copyOf(next, n);
    prev = Arrays.copyOf(prev, n);
  }
}
