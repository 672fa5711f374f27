package backorder.engine;

/** Receives each event the {@link EventLoop} fires, in calendar order. */
@FunctionalInterface
public interface EventHandler {
  void handle(double time, int type, int a);
}
