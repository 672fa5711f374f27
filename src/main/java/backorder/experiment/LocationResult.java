package backorder.experiment;

/**
 * One location's results across a policy's replications (SPEC §7).
 *
 * @param totals summary per metric, by {@link backorder.metric.Metric} ordinal
 * @param replicationTotals metric values per replication, [replication][metric]
 * @param daily the location's daily series across replications
 */
public record LocationResult(String name, Tally.Summary[] totals, double[][] replicationTotals,
    DailyBands daily) {}
