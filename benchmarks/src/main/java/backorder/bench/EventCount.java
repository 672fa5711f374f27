package backorder.bench;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Events fired by the replications of one iteration; JMH reports it next to the primary score as
 * {@code :events}, normalised like the score: events per second in throughput mode.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class EventCount {

  public long events;

  @Setup(Level.Iteration)
  public void reset() {
    events = 0;
  }
}
