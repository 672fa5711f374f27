package backorder.policy;

/** What a buyer knows at the moment of a decision: stock, backlog, open purchase orders and their announced dates. */
public interface InventoryView {

  double now();

  long onHand(int product);

  /** Units owed to waiting (backordered) customers. */
  long backlogUnits(int product);

  /** Units in open purchase orders. */
  long onOrderUnits(int product);

  /** On hand + on order − backlog. */
  default long position(int product) {
    return onHand(product) + onOrderUnits(product) - backlogUnits(product);
  }

  /** Earliest expected (announced) arrival of an open purchase order of the product from the supplier; +∞ when none. */
  double nextArrivalEta(int product, int supplier);

  /** Units of the product on order from the supplier with an expected arrival at or before {@code day}. */
  long unitsArrivingBy(int product, int supplier, double day);

  /**
   * Days of delay the supplier has announced on orders placed now: a supplier delay's extra days, and the
   * days until an outage in progress ends; 0 when none.
   */
  double announcedDelayDays(int supplier);
}
