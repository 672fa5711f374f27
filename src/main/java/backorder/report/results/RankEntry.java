package backorder.report.results;

/** One entry of summary.json's {@code "ranking"}: a policy, its rank on the objective, and whether it differs from the best. */
public record RankEntry(String policy, int rank, boolean distinguishableFromBest) { }
