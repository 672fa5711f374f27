package backorder.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    Twin twin = new Twin();
    SplittableRandom r = new SplittableRandom(3);
    int id = 0;
    double now = 0;
    for (int step = 0; step < 200_000; step++) {
      int burst = step % 1000 < 500 ? 2 : (r.nextBoolean() ? 1 : 0);
      for (int k = 0; k < burst; k++) {
        twin.schedule(now + Math.floor(r.nextDouble() * 20) / 4, r.nextInt(3), id++); // many ties
      }
      if (!twin.reference.isEmpty()) {
        now = twin.pollBoth();
      }
    }
    twin.drainBoth();
    assertEquals(Double.POSITIVE_INFINITY, twin.calendar.peekTime());
  }

  /** Both tiers at once: fine increments (near buckets), long ones (far tree), exact ties and same-time events. */
  @Test
  void matchesReferenceOrder_acrossNearAndFarTiers() {
    Twin twin = new Twin();
    SplittableRandom r = new SplittableRandom(11);
    int id = 0;
    double now = 0;
    for (int step = 0; step < 300_000; step++) {
      int burst = twin.reference.size() < 2_000 ? 2 : (r.nextBoolean() ? 1 : 0);
      for (int k = 0; k < burst; k++) {
        double t = switch (r.nextInt(5)) {
          case 0 -> now; // same time as the event just fired
          case 1 -> now + r.nextDouble() * 30; // far tier
          case 2 -> Math.floor(now) + 1; // day boundaries: ties
          default -> now - Math.log(1 - r.nextDouble()) / 20_000; // busy arrivals
        };
        twin.schedule(t, r.nextInt(3), id++);
      }
      if (step % 50_000 == 49_999) { // drain now and then, so the clock jumps over empty stretches
        while (twin.reference.size() > 3) {
          twin.pollBoth();
        }
      }
      now = twin.pollBoth();
    }
    twin.drainBoth();
  }

  /**
   * A world of 200,000 products at 20 arrivals a day each (4 million a day, 240 per first-width
   * bucket): the buckets halve while events are pending, in both tiers, and the order stays exact.
   */
  @Test
  void matchesReferenceOrder_whileBucketsHalveUnderDenseArrivals() {
    Twin twin = new Twin();
    SplittableRandom r = new SplittableRandom(17);
    for (int p = 0; p < 200_000; p++) {
      twin.schedule(-Math.log(1 - r.nextDouble()) / 20, 6, p);
    }
    for (int step = 0; step < 1_500_000; step++) {
      int id = twin.reference.peek().id();
      double now = twin.pollBoth();
      // the product's next arrival, a same-time event now and then, a far deadline now and then
      twin.schedule(now - Math.log(1 - r.nextDouble()) / 20, 6, id);
      if (step % 97 == 0) {
        twin.schedule(now, 2, id);
      }
      if (step % 89 == 0) {
        twin.schedule(now + 3 + r.nextDouble(), 7, id);
      }
    }
    assertEquals(1 << EventCalendar.MAX_SHIFT, twin.calendar.bucketsPerDay());
    twin.drainBoth();
  }

  /**
   * The buckets narrow to the events' density and no further: W2's 1,000 products at 20 arrivals a
   * day settle near 2^14 buckets a day; a one-product model keeps the first wide buckets (one event
   * pending, so a bucket is never long), and 20 products at 10 events a day settle near 2^7.
   */
  @Test
  void bucketsNarrowToTheDensity_andNoFurther() {
    assertEquals(1 << 14, settledBucketsPerDay(1_000, 20), 1 << 14);
    assertEquals(1, settledBucketsPerDay(1, 10));
    int twenty = settledBucketsPerDay(20, 10);
    assertTrue(twenty >= 64 && twenty <= 256, "20 streams at 10 a day: " + twenty);
  }

  @Test
  void theDensityHint_setsTheFirstBuckets() {
    assertEquals(1 << 14, new EventCalendar(20_466).bucketsPerDay());
    assertEquals(4, new EventCalendar(5.5).bucketsPerDay());
    assertEquals(1, new EventCalendar(0.2).bucketsPerDay());
    assertEquals(1, new EventCalendar(Double.NaN).bucketsPerDay());
    assertEquals(1 << EventCalendar.MAX_SHIFT, new EventCalendar(1e12).bucketsPerDay());
  }

  /** Buckets a day after 100,000 polls of `streams` Poisson streams at `rate` a day. */
  private static int settledBucketsPerDay(int streams, double rate) {
    EventCalendar c = new EventCalendar();
    SplittableRandom r = new SplittableRandom(5);
    for (int p = 0; p < streams; p++) {
      c.schedule(-Math.log(1 - r.nextDouble()) / rate, 6, 0, p);
    }
    for (int step = 0; step < 100_000; step++) {
      c.poll();
      c.schedule(c.time() - Math.log(1 - r.nextDouble()) / rate, 6, 0, c.a());
    }
    return c.bucketsPerDay();
  }

  /**
   * A sparse model with events up to 40 days ahead (lead times): they start near (the first window
   * spans 64 days), move to the tree as the buckets narrow, and fire in the reference order.
   */
  @Test
  void matchesReferenceOrder_whenTheWindowNarrowsUnderFarEvents() {
    Twin twin = new Twin();
    SplittableRandom r = new SplittableRandom(23);
    for (int p = 0; p < 3; p++) {
      twin.schedule(r.nextDouble(), 6, p);
    }
    for (int step = 0; step < 200_000; step++) {
      int id = twin.reference.peek().id();
      double now = twin.pollBoth();
      twin.schedule(now - Math.log(1 - r.nextDouble()) / 10, 6, id);
      if (step % 5 == 0) {
        twin.schedule(now + 40 * r.nextDouble(), 2, id);
      }
      if (step == 100_000) { // a burst: many events in one bucket make the buckets halve
        for (int b = 0; b < 20_000; b++) {
          twin.schedule(now + 0.5 + 1e-9 * b, 3, b);
        }
      }
    }
    twin.drainBoth();
  }

  /** The calendar beside java.util.PriorityQueue ordered by the same (time, priority, sequence). */
  private static final class Twin {
    record Ev(double t, int prio, long seq, int id) {}

    final EventCalendar calendar = new EventCalendar();
    final PriorityQueue<Ev> reference = new PriorityQueue<>(Comparator.comparingDouble(Ev::t)
        .thenComparingInt(Ev::prio).thenComparingLong(Ev::seq));
    private long seq;

    /** Schedules in both; the event type is derived from the id so that it is checked too. */
    void schedule(double t, int prio, int id) {
      calendar.schedule(t, prio, id & 7, id);
      reference.add(new Ev(t, prio, seq++, id));
    }

    /** Polls both, checks they fired the same event, and returns its time. */
    double pollBoth() {
      Ev e = reference.poll();
      assertEquals(e.t(), calendar.peekTime());
      assertTrue(calendar.poll());
      assertEquals(e.t(), calendar.time());
      assertEquals(e.id(), calendar.a());
      assertEquals(e.id() & 7, calendar.type());
      assertEquals(reference.size(), calendar.size());
      return e.t();
    }

    void drainBoth() {
      while (!reference.isEmpty()) {
        pollBoth();
      }
      assertFalse(calendar.poll());
    }
  }
}
