package backorder.model;

/**
 * One location's numbers in one replication of a network (SPEC §7).
 *
 * @param totals metric values over the location's products, by {@link backorder.metric.Metric}
 *     ordinal (at the warehouse, its "orders" are store orders)
 * @param daily end-of-day levels and counts, [{@link DailySeries} ordinal][day]
 */
public record LocationReplication(double[] totals, float[][] daily) {}
