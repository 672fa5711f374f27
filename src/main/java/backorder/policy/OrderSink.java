package backorder.policy;

/** Where a policy places purchase orders. */
@FunctionalInterface
public interface OrderSink {
  void order(int product, int supplier, long units);
}
