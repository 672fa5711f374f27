package backorder.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class EventCalendarTest {

  @Test
  void ties_areBrokenByPriorityThenInsertionOrder() {
    EventCalendar c = new EventCalendar();
    c.schedule(5, 2, 0, 1);
    c.schedule(5, 1, 0, 2);
    c.schedule(5, 2, 0, 3);
    c.schedule(4, 9, 0, 4);
    List<Integer> fired = new ArrayList<>();
    while (c.poll()) {
      fired.add(c.a());
    }
    assertEquals(List.of(4, 2, 1, 3), fired);
  }

  /** Against java.util.PriorityQueue on the same (time, priority, sequence) order, through growth. */
  @Test
  void matchesReferenceOrder_underRandomHoldAndBursts() {
    record Ev(double t, int prio, long seq, int id) {}
    EventCalendar c = new EventCalendar();
    PriorityQueue<Ev> ref = new PriorityQueue<>(Comparator.comparingDouble(Ev::t)
        .thenComparingInt(Ev::prio).thenComparingLong(Ev::seq));
    SplittableRandom r = new SplittableRandom(3);
    long seq = 0;
    int id = 0;
    double now = 0;
    for (int step = 0; step < 200_000; step++) {
      int burst = step % 1000 < 500 ? 2 : (r.nextBoolean() ? 1 : 0);
      for (int k = 0; k < burst; k++) {
        double t = now + Math.floor(r.nextDouble() * 20) / 4; // coarse times: many ties
        int prio = r.nextInt(3);
        c.schedule(t, prio, id & 7, id);
        ref.add(new Ev(t, prio, seq++, id++));
      }
      if (!ref.isEmpty()) {
        Ev e = ref.poll();
        c.poll();
        assertEquals(e.t(), c.time());
        assertEquals(e.id(), c.a());
        assertEquals(e.id() & 7, c.type());
        now = e.t();
      }
      assertEquals(ref.size(), c.size());
    }
    while (!ref.isEmpty()) {
      assertEquals(ref.poll().id(), pollA(c));
    }
    assertFalse(c.poll());
    assertEquals(Double.POSITIVE_INFINITY, c.peekTime());
  }

  /** Both tiers at once: fine increments (near buckets), long ones (far tree), exact ties and same-time events. */
  @Test
  void matchesReferenceOrder_acrossNearAndFarTiers() {
    record Ev(double t, int prio, long seq, int id) {}
    EventCalendar c = new EventCalendar();
    PriorityQueue<Ev> ref = new PriorityQueue<>(Comparator.comparingDouble(Ev::t)
        .thenComparingInt(Ev::prio).thenComparingLong(Ev::seq));
    SplittableRandom r = new SplittableRandom(11);
    long seq = 0;
    int id = 0;
    double now = 0;
    for (int step = 0; step < 300_000; step++) {
      int burst = ref.size() < 2_000 ? 2 : (r.nextBoolean() ? 1 : 0);
      for (int k = 0; k < burst; k++) {
        double t = switch (r.nextInt(5)) {
          case 0 -> now; // same time as the event just fired
          case 1 -> now + r.nextDouble() * 30; // far tier
          case 2 -> Math.floor(now) + 1; // day boundaries: ties
          default -> now - Math.log(1 - r.nextDouble()) / 20_000; // busy arrivals
        };
        int prio = r.nextInt(3);
        c.schedule(t, prio, id & 7, id);
        ref.add(new Ev(t, prio, seq++, id++));
      }
      if (step % 50_000 == 49_999) { // drain now and then, so the clock jumps over empty stretches
        while (ref.size() > 3) {
          assertEquals(ref.poll().id(), pollA(c));
        }
      }
      Ev e = ref.poll();
      assertEquals(e.t(), c.peekTime());
      c.poll();
      assertEquals(e.t(), c.time());
      assertEquals(e.id(), c.a());
      now = e.t();
      assertEquals(ref.size(), c.size());
    }
    while (!ref.isEmpty()) {
      assertEquals(ref.poll().id(), pollA(c));
    }
    assertFalse(c.poll());
  }

  /**
   * A world of 200,000 products at 20 arrivals a day each (4 million a day, 240 per first-width
   * bucket): the buckets halve while events are pending, in both tiers, and the order stays exact.
   */
  @Test
  void matchesReferenceOrder_whileBucketsHalveUnderDenseArrivals() {
    record Ev(double t, int prio, long seq, int id) {}
    EventCalendar c = new EventCalendar();
    PriorityQueue<Ev> ref = new PriorityQueue<>(Comparator.comparingDouble(Ev::t)
        .thenComparingInt(Ev::prio).thenComparingLong(Ev::seq));
    SplittableRandom r = new SplittableRandom(17);
    int products = 200_000;
    long seq = 0;
    for (int p = 0; p < products; p++) {
      double t = -Math.log(1 - r.nextDouble()) / 20;
      c.schedule(t, 6, 0, p);
      ref.add(new Ev(t, 6, seq++, p));
    }
    for (int step = 0; step < 1_500_000; step++) {
      Ev e = ref.poll();
      assertEquals(e.t(), c.peekTime());
      c.poll();
      assertEquals(e.t(), c.time());
      assertEquals(e.id(), c.a());
      // the product's next arrival, a same-time event now and then, a far deadline now and then
      double t = e.t() - Math.log(1 - r.nextDouble()) / 20;
      c.schedule(t, 6, 0, e.id());
      ref.add(new Ev(t, 6, seq++, e.id()));
      if (step % 97 == 0) {
        c.schedule(e.t(), 2, 1, e.id());
        ref.add(new Ev(e.t(), 2, seq++, e.id()));
      }
      if (step % 89 == 0) {
        double far = e.t() + 3 + r.nextDouble();
        c.schedule(far, 7, 2, e.id());
        ref.add(new Ev(far, 7, seq++, e.id()));
      }
    }
    assertEquals(ref.size(), c.size());
    assertEquals(1 << EventCalendar.MAX_SHIFT, c.bucketsPerDay());
    while (!ref.isEmpty()) {
      assertEquals(ref.poll().id(), pollA(c));
    }
    assertFalse(c.poll());
  }

  /** A sparse world keeps its first bucket width: halving is for long buckets only. */
  @Test
  void sparseArrivals_keepTheFirstBucketWidth() {
    EventCalendar c = new EventCalendar();
    SplittableRandom r = new SplittableRandom(5);
    for (int p = 0; p < 1_000; p++) {
      c.schedule(-Math.log(1 - r.nextDouble()) / 20, 6, 0, p);
    }
    for (int step = 0; step < 100_000; step++) {
      c.poll();
      c.schedule(c.time() - Math.log(1 - r.nextDouble()) / 20, 6, 0, c.a());
    }
    assertEquals(1 << EventCalendar.MIN_SHIFT, c.bucketsPerDay());
  }

  private static int pollA(EventCalendar c) {
    c.poll();
    return c.a();
  }
}
