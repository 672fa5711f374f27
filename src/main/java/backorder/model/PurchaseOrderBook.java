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
  // Each product's open orders form a circular list through one sentinel: links [0, products) are
  // the sentinels, products + slot is an order's link. Unlinking then takes no branch, so closing
  // an order that a younger one follows (rare in most runs) cannot send compiled code back to the
  // interpreter late in a run.
  private final int products;
  private int[] next;
  private int[] prev;
  private int freeHead = -1;
  private int used;
  private final int[] openCount;
  // the last nextEta answer per product, dropped when the product's orders change: a policy that
  // asks at every review (expedite) then pays for a list walk only after a change
  private final int[] etaCacheSupplier;
  private final double[] etaCache;

  PurchaseOrderBook(int products) {
    this.products = products;
    next = new int[products + product.length];
    prev = new int[products + product.length];
    for (int p = 0; p < products; p++) {
      next[p] = p;
      prev[p] = p;
    }
    openCount = new int[products];
    etaCacheSupplier = new int[products];
    etaCache = new double[products];
    Arrays.fill(etaCacheSupplier, Integer.MIN_VALUE);
  }

  int open(int p, int s, long qty, double expected, double actual) {
    int slot;
    if (freeHead >= 0) {
      slot = freeHead;
      freeHead = next[products + slot];
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
    int link = products + slot;
    int last = prev[p];
    next[last] = link;
    prev[link] = last;
    next[link] = p;
    prev[p] = link;
    openCount[p]++;
    etaCacheSupplier[p] = Integer.MIN_VALUE;
    return slot;
  }

  /** Closes a delivered order; returns whether an older order of the same product was still open (crossing). */
  boolean close(int slot) {
    int p = product[slot];
    int link = products + slot;
    boolean overtook = next[p] != link;
    int before = prev[link];
    int after = next[link];
    next[before] = after;
    prev[after] = before;
    openCount[p]--;
    etaCacheSupplier[p] = Integer.MIN_VALUE;
    next[link] = freeHead;
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
    for (int slot = first(p); slot >= 0; slot = following(slot)) {
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
    for (int slot = first(p); slot >= 0; slot = following(slot)) {
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
      for (int slot = first(p); slot >= 0; slot = following(slot)) {
        if (eta[slot] > after && eta[slot] < best) {
          best = eta[slot];
        }
      }
      long bestUnits = 0;
      for (int slot = first(p); slot >= 0; slot = following(slot)) {
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
    next = Arrays.copyOf(next, products + n);
    prev = Arrays.copyOf(prev, products + n);
  }

  /** The oldest open order of p, or a negative number when p has none (its sentinel). */
  private int first(int p) {
    return next[p] - products;
  }

  /** The open order of the same product placed after {@code slot}, or a negative number. */
  private int following(int slot) {
    return next[products + slot] - products;
  }
}
