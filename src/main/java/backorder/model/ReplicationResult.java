package backorder.model;

import backorder.metric.Metric;
import java.util.List;

/**
 * The numbers one replication of one policy produced.
 *
 * @param totals metric values over all products, indexed by {@link Metric#ordinal()} (NaN: no observation)
 * @param perProduct the same per product, [product][metric]
 * @param daily end-of-day levels and cumulative counts, [{@link DailySeries} ordinal][day]
 * @param waitHistogram backordered orders shipped by whole days waited; the last bin holds the rest
 * @param disruptions the disruption windows this replication realised
 * @param events events the engine fired (for throughput measurements)
 * @param locations per location of a network (SPEC §7), in scenario order; empty without one
 */
public record ReplicationResult(int replication, double[] totals, double[][] perProduct,
    float[][] daily, long[] waitHistogram, List<DisruptionWindow> disruptions, long events,
    List<LocationReplication> locations) {

  /** The numbers of a replication without locations. */
  public ReplicationResult(int replication, double[] totals, double[][] perProduct,
      float[][] daily, long[] waitHistogram, List<DisruptionWindow> disruptions, long events) {
    this(replication, totals, perProduct, daily, waitHistogram, disruptions, events, List.of());
  }

  /** Number of one-day bins of the waiting-time histogram before the open last bin. */
  public static final int WAIT_BINS = 60;
}
