package backorder.model;

import backorder.policy.InventoryView;
import backorder.policy.OrderSink;

/**
 * What the policy at one location of a network sees and where its orders go (SPEC §7): that
 * location's own stock and position; at a store, any supplier the policy names means the warehouse.
 */
final class LocationView implements InventoryView, OrderSink {

  private final NetworkWorld world;
  private final NetworkStock stock;
  private final Warehouse warehouse;
  private final int l;
  private final boolean isWarehouse;

  LocationView(NetworkWorld world, NetworkStock stock, Warehouse warehouse, int l) {
    this.world = world;
    this.stock = stock;
    this.warehouse = warehouse;
    this.l = l;
    this.isWarehouse = l == stock.warehouse;
  }

  @Override
  public void order(int p, int s, long units) {
    if (isWarehouse) {
      warehouse.orderFromSupplier(p, s, units, world.now());
    } else {
      warehouse.storeOrders(l, p, units, world.now());
    }
  }

  @Override
  public double now() {
    return world.now();
  }

  @Override
  public long onHand(int p) {
    return stock.onHand[l][p];
  }

  @Override
  public long backlogUnits(int p) {
    return stock.backlog[l][p];
  }

  @Override
  public long onOrderUnits(int p) {
    return stock.onOrder[l][p];
  }

  @Override
  public double nextArrivalEta(int p, int s) {
    return isWarehouse ? warehouse.nextArrivalEta(p, s) : stock.storeOrders.nextEta(stock.key(l, p), -1);
  }

  @Override
  public long unitsArrivingBy(int p, int s, double day) {
    return isWarehouse ? warehouse.unitsArrivingBy(p, s, day)
        : stock.storeOrders.unitsExpectedBy(stock.key(l, p), l, day);
  }

  @Override
  public double announcedDelayDays(int s) {
    return isWarehouse ? warehouse.announcedDelayDays(s, world.now()) : 0;
  }
}
