package backorder.model;

/** What the parts of a network world ask of it: events on its calendar, and policy reviews. */
interface NetworkEvents {

  /**
   * Schedules an event of the network's kind {@code type} at t, also at or after the horizon (it
   * stays pending, unfired; see NetworkWorld.schedule); dropped when it never happens (∞ or NaN).
   */
  void schedule(double t, int type, int a);

  /** The position of (l, p) changed: a continuous-review policy at l reviews p now. */
  void changed(int l, int p);
}
