package backorder.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The queue against a plain list of waiting orders under random adds, ships and cancellations. */
class BackorderQueueTest {

  private record Order(int seq, double arrival, double deadline, long units, long customer) {}

  @Test
  void randomOperations_keepFirstComeFirstServedOrderAndEveryField() {
    SplittableRandom random = new SplittableRandom(11);
    for (int run = 0; run < 50; run++) {
      BackorderQueue queue = new BackorderQueue();
      List<Order> expected = new ArrayList<>();
      for (int step = 0; step < 2_000; step++) {
        int op = random.nextInt(10);
        if (op < 5 || expected.isEmpty()) {
          double t = step + random.nextDouble();
          long units = 1 + random.nextInt(5);
          long customer = random.nextLong(1L << 40);
          double deadline = t + random.nextDouble() * 10;
          int seq = queue.add(t, units, customer, deadline);
          expected.add(new Order(seq, t, deadline, units, customer));
        } else if (op < 8) {
          assertEquals(expected.get(0).seq(), queue.headSeq());
          expected.remove(0);
          queue.pollHead();
        } else {
          Order gone = expected.remove(random.nextInt(expected.size()));
          assertEquals(gone.units(), queue.remove(gone.seq()));
        }
        assertWaiting(expected, queue);
      }
    }
  }

  @Test
  void expiredOrders_areThoseAScanFinds_oldestFirst_andTheEarliestDeadlineIsTheScansMinimum() {
    // The deadlines sit in a heap (a scan of the queue per deadline was quadratic in its length);
    // checked against the scan it replaced under adds (some without a deadline, some tied),
    // ships, out-of-turn removals and expiries.
    SplittableRandom random = new SplittableRandom(12);
    for (int run = 0; run < 50; run++) {
      BackorderQueue queue = new BackorderQueue();
      List<Order> expected = new ArrayList<>();
      double now = 0;
      for (int step = 0; step < 2_000; step++) {
        int op = random.nextInt(12);
        now += random.nextDouble();
        if (op < 5 || expected.isEmpty()) {
          int kind = random.nextInt(4);
          double deadline = kind == 0 ? Double.POSITIVE_INFINITY
              : kind == 1 ? Math.ceil(now) + 3 : now + random.nextDouble() * 10;
          int seq = queue.add(now, 1, step, deadline);
          expected.add(new Order(seq, now, deadline, 1, step));
        } else if (op < 7) {
          expected.remove(0);
          queue.pollHead();
        } else if (op < 8) {
          queue.remove(expected.remove(random.nextInt(expected.size())).seq());
        } else {
          List<Integer> scan = new ArrayList<>();
          for (Order o : expected) {
            if (o.deadline() <= now) {
              scan.add(o.seq());
            }
          }
          List<Integer> found = new ArrayList<>();
          for (int j = 0, k = queue.expiredBy(now); j < k; j++) {
            found.add(queue.expired(j));
          }
          assertEquals(scan, found);
          for (int seq : found) {
            queue.remove(seq);
          }
          double t = now;
          expected.removeIf(o -> o.deadline() <= t);
        }
        double minimum = expected.stream().mapToDouble(Order::deadline).min().orElse(Double.POSITIVE_INFINITY);
        assertEquals(minimum, queue.earliestDeadline());
        assertWaiting(expected, queue);
      }
    }
  }

  @Test
  void aLongQueueThatEmpties_givesItsRoomBackAndKeepsNumbering() {
    BackorderQueue queue = new BackorderQueue();
    int first = queue.capacity();
    for (int i = 0; i < 1_000; i++) {
      queue.add(i, 1, i, i + 5);
    }
    int grown = queue.capacity();
    for (int i = 0; i < 999; i++) {
      queue.pollHead();
    }
    assertEquals(grown, queue.capacity());
    queue.remove(999);
    assertEquals(first, queue.capacity());
    assertEquals(1_000, queue.add(2_000, 3, 7, 2_010));
    assertEquals(1_000, queue.headSeq());
    assertEquals(3, queue.units(1_000));
    assertEquals(-1, queue.nextWaiting(1_000));
  }

  @Test
  void anOrderWithoutUnits_isRefused() {
    assertThrows(IllegalArgumentException.class, () -> new BackorderQueue().add(0, 0, 1, 1));
  }

  private static void assertWaiting(List<Order> expected, BackorderQueue queue) {
    assertEquals(expected.size(), queue.size());
    assertEquals(expected.isEmpty(), queue.isEmpty());
    int seq = queue.isEmpty() ? -1 : queue.headSeq();
    for (Order o : expected) {
      assertEquals(o.seq(), seq);
      assertEquals(o.arrival(), queue.arrival(seq));
      assertEquals(o.deadline(), queue.deadline(seq));
      assertEquals(o.units(), queue.units(seq));
      assertEquals(o.customer(), queue.customer(seq));
      seq = queue.nextWaiting(seq);
    }
    assertEquals(-1, seq);
  }
}
