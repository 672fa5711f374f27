package backorder.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backorder.random.RandomStreams;
import backorder.random.StreamBank;
import backorder.scenario.Dist;
import backorder.scenario.Product;
import backorder.scenario.Scenario;
import backorder.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A plain demand stream (Poisson at a constant rate, constant order size) answered from the flat
 * arrays gives the arrival times and order sizes its DemandProcess gives; streams with a weekly
 * pattern, a customer base or drawn order sizes are left to their process. The thinning bound of
 * a varying rate is checked here too.
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

  /**
   * Fifty spikes of x2 one after another in a day never act at once: the thinning bound over the
   * day is twice the rate. Multiplying every spike that touched the day gave 2^50 times the rate,
   * and a run of recurrence {mean_days_between: 0.01}, duration_days: 0.01 never ended.
   */
  @Test
  void spikesOneAfterAnotherInADay_boundTheRateByTheHighestStretch() throws Exception {
    StringBuilder spikes = new StringBuilder("disruptions:\n");
    for (int i = 0; i < 50; i++) {
      spikes.append("  - {type: demand_spike, start_day: ").append(10 + i * 0.02)
          .append(", duration_days: 0.01, multiplier: 2}\n");
    }
    String yaml = "name: short-spikes\nhorizon_days: 30\nproducts:\n"
        + "  - {sku: A, demand: {process: poisson, rate_per_day: 4}}\n"
        + "suppliers:\n  - {name: s, lead_time_days: 5}\n" + spikes
        + "policies:\n  - {name: p, type: reorder_point, supplier: s, reorder_point: 1, order_quantity: 5}\n";
    Scenario s = ScenarioLoader.parse(yaml, Path.of("short-spikes.yaml"));
    DemandRate rate = new DemandRate(s.products().get(0),
        new DisruptionSchedule(s, new RandomStreams(s.seed(), 0)), 0);

    assertEquals(8, rate.calendarBound(10, 11), 1e-12);
    assertEquals(4, rate.calendarBound(11, 12), 1e-12);
    assertEquals(8, rate.calendarBound(10.005, 10.015), 1e-12, "a spike's start inside the stretch");
  }
}
