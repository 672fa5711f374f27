package backorder.model;

/**
 * Whole-run counts (warm-up included) that must balance at the end of every replication: units are
 * conserved, every customer order ends exactly once — shipped at arrival, moved to a substitute,
 * shipped from the queue, cancelled, lost, or still waiting at the horizon — and for each product
 * the orders asked for equal those shipped at arrival, substituted, backordered and lost.
 *
 * @param unbalancedProduct the first product whose orders asked for do not balance, or -1
 */
record Audit(long initialUnits, long unitsReceived, long unitsShipped, long unitsOnHand,
    long unitsOnOrder, long unitsOrderedFromSuppliers, long unitsOwed, long ordersArrived,
    long shippedAtArrival, long substituted, long shippedFromQueue, long cancelled, long lost,
    long stillWaiting, int unbalancedProduct) {

  /** Throws when a balance fails: that is a bug in the model, never a property of the scenario. */
  void verify() {
    if (initialUnits + unitsReceived != unitsShipped + unitsOnHand) {
      throw new IllegalStateException("units not conserved: " + this);
    }
    if (unitsOrderedFromSuppliers != unitsReceived + unitsOnOrder) {
      throw new IllegalStateException("purchase orders do not balance: " + this);
    }
    if (ordersArrived != shippedAtArrival + substituted + shippedFromQueue + cancelled + lost
        + stillWaiting) {
      throw new IllegalStateException("an order did not end exactly once: " + this);
    }
    if (unbalancedProduct >= 0) {
      throw new IllegalStateException("orders of product " + unbalancedProduct + " asked for do not"
          + " equal those shipped, substituted, backordered and lost: " + this);
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
    long substituted;
    long shippedFromQueue;
    long cancelled;
    long lost;

    /**
     * The balances given the end state: stock on hand, on order, owed, orders still waiting, and
     * the first product whose orders arrived differ from those shipped at arrival, substituted,
     * backordered or lost (-1 when none: each arrival had exactly one outcome).
     */
    Audit audit(long initialUnits, long onHand, long onOrder, long owed, long waiting,
        int unbalanced) {
      return new Audit(initialUnits, unitsReceived, unitsShipped, onHand, onOrder,
          unitsOrderedFromSuppliers, owed, ordersArrived, shippedAtArrival, substituted,
          shippedFromQueue, cancelled, lost, waiting, unbalanced);
    }
  }
}
