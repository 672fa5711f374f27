package backorder.model;

/**
 * Whole-run counts (warm-up included) that must balance at the end of every replication: units are
 * conserved, and every customer order ends exactly once — shipped at arrival, shipped from the
 * queue, cancelled, lost, or still waiting at the horizon.
 */
record Audit(long initialUnits, long unitsReceived, long unitsShipped, long unitsOnHand,
    long unitsOnOrder, long unitsOrderedFromSuppliers, long unitsOwed, long ordersArrived,
    long shippedAtArrival, long shippedFromQueue, long cancelled, long lost, long stillWaiting) {

  /** Throws when a balance fails: that is a bug in the model, never a property of the scenario. */
  void verify() {
    if (initialUnits + unitsReceived != unitsShipped + unitsOnHand) {
      throw new IllegalStateException("units not conserved: " + this);
    }
    if (unitsOrderedFromSuppliers != unitsReceived + unitsOnOrder) {
      throw new IllegalStateException("purchase orders do not balance: " + this);
    }
    if (ordersArrived != shippedAtArrival + shippedFromQueue + cancelled + lost + stillWaiting) {
      throw new IllegalStateException("an order did not end exactly once: " + this);
    }
    if (unitsOnHand < 0 || unitsOwed < 0 || unitsOnOrder < 0) {
      throw new IllegalStateException("negative stock level: " + this);
    }
  }

  /** The whole-run counts the world keeps as it goes (warm-up included). */
  static final class Counts {
    long unitsReceived;
    long unitsShipped;
    long unitsOrderedFromSuppliers;
    long ordersArrived;
    long shippedAtArrival;
    long shippedFromQueue;
    long cancelled;
    long lost;

    /** The balances given the end state: stock on hand, on order, owed, and orders still waiting. */
    Audit audit(long initialUnits, long onHand, long onOrder, long owed, long waiting) {
      return new Audit(initialUnits, unitsReceived, unitsShipped, onHand, onOrder,
          unitsOrderedFromSuppliers, owed, ordersArrived, shippedAtArrival, shippedFromQueue,
          cancelled, lost, waiting);
    }
  }
}
