package backorder.report.results;

/**
 * One row of summary.json's {@code "comparisons"}: {@code policy} minus {@code baseline} on one metric,
 * paired by replication, with {@code NaN} standing for a null in the file.
 */
public record ComparisonRow(String policy, String baseline, String metric, double meanDiff, double sdDiff,
                            double ci95Low, double ci95High, double pValue, double pAdjusted) {

    /** Whether both ends of the 95% interval of the difference are known. */
    public boolean hasCi() {
        return !Double.isNaN(ci95Low) && !Double.isNaN(ci95High);
    }

    /** Whether the Holm-adjusted p is known and below {@code alpha}. */
    public boolean significant(double alpha) {
        return !Double.isNaN(pAdjusted) && pAdjusted < alpha;
    }
}
