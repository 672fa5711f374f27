/**
 * The Spark runner (SPEC §8): replication ranges become Spark tasks that rebuild the scenario from
 * its shipped bytes and return each replication's numbers; the driver folds them in (policy,
 * replication) order, so the outputs equal a local run's.
 */
package backorder.spark;
