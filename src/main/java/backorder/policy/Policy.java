package backorder.policy;

/**
 * An inventory policy: given a read-only view of one product's stock at the current time, decide
 * what to order from whom. Policies never touch the event calendar or random numbers.
 */
public interface Policy {

  /** Reviews product {@code product} now and places any purchase orders through {@code sink}. */
  void review(int product, InventoryView view, OrderSink sink);

  /** Days between reviews; 0 = continuous review (after every change of the position). */
  double reviewPeriodDays();

  /** Whether backordered customers are told the expected arrival date. */
  boolean notifiesCustomers();

  /** Whether a customer the stock cannot serve is first offered the product's substitutes. */
  boolean offersSubstitutes();

  /** Whether the policy wants {@link #observeDay} (a forecast); saves work when it does not. */
  default boolean observesDemand() {
    return false;
  }

  /** The levels the policy uses for a product (none for types whose trigger moves with time). */
  default DerivedLevels derived(int product) {
    return DerivedLevels.NONE;
  }

  /** Units ordered by customers (shipped or backordered) for a product on the day that just ended. */
  default void observeDay(int product, long unitsTaken) {}
}
