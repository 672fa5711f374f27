package backorder.report.results;

/**
 * One entry of summary.json's {@code "ranking"}: a policy, its rank on the objective, whether it
 * differs from the best, and whether it meets the objective's constraints (true in files written
 * before constraints existed).
 */
public record RankEntry(String policy, int rank, boolean distinguishableFromBest,
                        boolean meetsConstraints) {

    /** An entry from a file without {@code meets_constraints}. */
    public RankEntry(String policy, int rank, boolean distinguishableFromBest) {
        this(policy, rank, distinguishableFromBest, true);
    }
}
