package backorder.report.results;

/** The scenario's objective: which metric to optimise, its direction and the fill-rate tolerance. */
public record Objective(String metric, boolean minimize, double fillRateTolerance) {

    /** The default objective: lowest total cost within one fill-rate point of the best fill rate. */
    public static final Objective DEFAULT = new Objective("total_cost", true, 0.01);

    /** Whether the fill-rate tolerance applies (only when optimising total cost). */
    public boolean usesFillRateTolerance() {
        return "total_cost".equals(metric);
    }
}
