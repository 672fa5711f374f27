package backorder.experiment;

import java.util.List;

/**
 * A whole sweep: the grid and every point's results in point order.
 *
 * @param replications replications per point and policy
 * @param seed the root seed every point used (common random numbers across points)
 * @param events events fired over every point, policy and replication
 * @param seconds wall time of the simulations
 */
public record SweepResult(SweepGrid grid, List<SweepPoint> points, int replications, long seed,
    long events, double seconds) {

  public SweepResult {
    points = List.copyOf(points);
  }
}
