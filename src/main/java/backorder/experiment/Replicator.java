package backorder.experiment;

import backorder.model.ReplicationResult;

/**
 * Computes replications of one plan's policies and hands them back in the order asked for,
 * working ahead within a bounded window so that memory stays flat however many are asked for.
 */
public interface Replicator extends AutoCloseable {

  /** Replications [from, to) of every policy: policy by policy, each in replication order. */
  Results results(int from, int to);

  /** Stops work still under way. */
  @Override
  void close();

  /** Results taken one at a time, in order. */
  interface Results {
    ReplicationResult next() throws InterruptedException;
  }
}
