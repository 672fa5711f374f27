package backorder.report.results;

/** One daily series of one policy across replications: mean and the 10th, 50th and 90th percentiles. */
public record SeriesBand(int[] days, double[] mean, double[] p10, double[] p50, double[] p90) {

    /** Checks the arrays line up and copies them so the record stays immutable. */
    public SeriesBand {
        int n = days.length;
        if (mean.length != n || p10.length != n || p50.length != n || p90.length != n) {
            throw new IllegalArgumentException("series arrays differ in length");
        }
        days = days.clone();
        mean = mean.clone();
        p10 = p10.clone();
        p50 = p50.clone();
        p90 = p90.clone();
    }

    /** Number of days in the series. */
    public int size() {
        return days.length;
    }

    /** Largest finite value of any of the four statistics, or 0 when there is none. */
    public double max() {
        double m = 0;
        for (double[] a : new double[][] {mean, p10, p50, p90}) {
            for (double v : a) {
                if (Double.isFinite(v) && v > m) {
                    m = v;
                }
            }
        }
        return m;
    }

    @Override public int[] days() { return days.clone(); }
    @Override public double[] mean() { return mean.clone(); }
    @Override public double[] p10() { return p10.clone(); }
    @Override public double[] p50() { return p50.clone(); }
    @Override public double[] p90() { return p90.clone(); }
}
