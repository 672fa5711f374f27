package backorder.engine;

/** Fires the calendar's events in order until it is empty or the next event lies at or past the end. */
public final class EventLoop {

  private EventLoop() {}

  /** Runs events with time strictly before {@code end}; returns how many fired. */
  public static long run(EventCalendar calendar, double end, EventHandler handler) {
    long fired = 0;
    while (calendar.peekTime() < end) {
      calendar.poll();
      handler.handle(calendar.time(), calendar.type(), calendar.a());
      fired++;
    }
    return fired;
  }
}
