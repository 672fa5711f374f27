package backorder.report.results;

/** One metric's statistics across replications, with {@code NaN} standing for a null in the file. */
public record MetricStat(double mean, double sd, double ci95Low, double ci95High) {

    /** A metric without observations ({@code "mean": null}). */
    public static final MetricStat UNDEFINED = new MetricStat(Double.NaN, Double.NaN, Double.NaN, Double.NaN);

    /** Whether the mean is known (the metric had observations). */
    public boolean defined() {
        return !Double.isNaN(mean);
    }

    /** Whether both ends of the 95% confidence interval are known. */
    public boolean hasCi() {
        return !Double.isNaN(ci95Low) && !Double.isNaN(ci95High);
    }

    /** Half the width of the 95% confidence interval, or {@code NaN} when it is unknown. */
    public double ciHalfWidth() {
        return hasCi() ? (ci95High - ci95Low) / 2.0 : Double.NaN;
    }
}
