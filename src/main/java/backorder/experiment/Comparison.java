package backorder.experiment;

import backorder.metric.Metric;

/**
 * One row of the policy comparisons: {@code policy} against {@code baseline} on one metric, the
 * paired statistics of policy − baseline and the Holm-adjusted p-value within that metric's family.
 */
public record Comparison(String policy, String baseline, Metric metric, PairedComparison stats,
    double pAdjusted) {}
