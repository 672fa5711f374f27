package backorder.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backorder.random.RandomStreams;
import backorder.random.StreamBank;
import backorder.scenario.Dist;
import backorder.scenario.Product;
import backorder.scenario.Scenario;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A plain demand stream (Poisson at a constant rate, constant order size) answered from the flat
 * arrays gives the arrival times and order sizes its DemandProcess gives; streams with a weekly
 * pattern, a customer base or drawn order sizes are left to their process.
 */
class DemandStreamsTest {

  private static DemandStreams streams(Scenario s) {
    RandomStreams random = new RandomStreams(s.seed(), 0);
    DisruptionSchedule schedule = new DisruptionSchedule(s, random);
    int n = s.products().size();
    String[] names = new String[n];
    for (int p = 0; p < n; p++) {
      names[p] = "demand/" + s.products().get(p).sku();
    }
    StreamBank bank = new StreamBank(random, names);
    DemandProcess[] processes = new DemandProcess[n];
    for (int p = 0; p < n; p++) {
      Product product = s.products().get(p);
      processes[p] = new DemandProcess(product, new DemandRate(product, schedule, p), bank, p,
          random.stream("order-size/" + product.sku()), s.horizonDays());
    }
    return new DemandStreams(bank, processes);
  }

  @Test
  void plainStream_drawsWhatItsProcessDraws() {
    WorldBuilder b = new WorldBuilder();
    b.productCount = 3;
    b.orderSize = Dist.constant(2);
    b.baseStock(5);
    Scenario s = b.build();
    DemandStreams flat = streams(s);
    DemandStreams viaProcess = streams(s);
    double[] t = new double[3];
    for (int i = 0; i < 30_000; i++) {
      int p = (i * 5 + i / 7) % 3;
      assertTrue(flat.isPlain(p));
      double next = flat.nextPlain(p, t[p]);
      assertEquals(viaProcess.process(p).next(t[p], 1), next, "arrival " + i);
      assertEquals(2, flat.nextOrderUnits(p));
      t[p] = next;
    }
  }

  @Test
  void weeklyPatternCustomerBaseOrDrawnSizes_areNotPlain() {
    WorldBuilder weekly = new WorldBuilder();
    weekly.weekly = new double[] {1, 1, 1, 1, 1, 2, 2};
    weekly.baseStock(5);
    WorldBuilder base = new WorldBuilder();
    base.customers = new Product.Customers(1, null, 1, 0, 0.5, Double.POSITIVE_INFINITY, 0, 100,
        0, List.of());
    base.baseStock(5);
    WorldBuilder sizes = new WorldBuilder();
    sizes.orderSize = new Dist(Dist.Kind.UNIFORM, 1, 3, 0, null, null);
    sizes.baseStock(5);
    for (WorldBuilder b : new WorldBuilder[] {weekly, base, sizes}) {
      assertFalse(streams(b.build()).isPlain(0));
    }
  }
}
