package backorder.experiment;

import java.util.List;

/**
 * A policy's results across replications.
 *
 * @param totals summary per metric over all products, by {@link backorder.metric.Metric} ordinal
 * @param products summary per product and metric, [product][metric]
 * @param replicationTotals metric values per replication, [replication][metric]
 * @param meanWaitHistogram backordered orders shipped per replication, by whole days waited
 * @param locations per location of a network (SPEC §7), in scenario order; empty without one
 */
public record PolicyResult(String name, String type, Tally.Summary[] totals,
    Tally.Summary[][] products, double[][] replicationTotals, DailyBands daily,
    double[] meanWaitHistogram, List<String> skus, List<LocationResult> locations) {

  /** A policy's results in a scenario without locations. */
  public PolicyResult(String name, String type, Tally.Summary[] totals,
      Tally.Summary[][] products, double[][] replicationTotals, DailyBands daily,
      double[] meanWaitHistogram, List<String> skus) {
    this(name, type, totals, products, replicationTotals, daily, meanWaitHistogram, skus,
        List.of());
  }
}
