package backorder.report.html;

import backorder.report.results.ComparisonRow;
import backorder.report.results.ReplicationTable;
import backorder.report.results.RunResults;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * The mean of {@code a − b} over replications paired by index (common random numbers) with its
 * Student-t 95% interval; {@code pairs} is how many replications had a value under both policies.
 */
public record PairedDifference(double mean, double ci95Low, double ci95High, int pairs) {

    /** Whether the interval is known (at least two pairs). */
    public boolean hasCi() {
        return !Double.isNaN(ci95Low) && !Double.isNaN(ci95High);
    }

    /** Whether the interval excludes zero, i.e. the difference is clear at the 95% level. */
    public boolean clear() {
        return hasCi() && (ci95Low > 0 || ci95High < 0);
    }

    /**
     * {@code a − b} on {@code metric}: the row of summary.json's {@code comparisons} (or the reverse
     * row, negated) when the file has one, else paired here from replications.csv; {@code pairs}
     * always counts the replications with a value under both.
     */
    public static PairedDifference between(RunResults r, String a, String b, String metric) {
        PairedDifference paired = of(r.replications(), metric, a, b, r.policy(a).metric(metric).mean(),
                r.policy(b).metric(metric).mean());
        Optional<ComparisonRow> row = r.comparisons().find(a, b, metric);
        if (row.isPresent()) {
            ComparisonRow c = row.get();
            return new PairedDifference(c.meanDiff(), c.ci95Low(), c.ci95High(), paired.pairs());
        }
        Optional<ComparisonRow> reverse = r.comparisons().find(b, a, metric);
        if (reverse.isPresent()) {
            ComparisonRow c = reverse.get();
            return new PairedDifference(-c.meanDiff(), -c.ci95High(), -c.ci95Low(), paired.pairs());
        }
        return paired;
    }

    /**
     * Pairs replication r of policy {@code a} with replication r of {@code b} on {@code metric}.
     * Without usable pairs it falls back to {@code meanA − meanB} with no interval.
     */
    public static PairedDifference of(ReplicationTable table, String metric, String a, String b,
                                      double meanA, double meanB) {
        SortedMap<Integer, Double> xa = table.column(a, metric);
        SortedMap<Integer, Double> xb = table.column(b, metric);
        List<Double> d = new ArrayList<>();
        xa.forEach((rep, va) -> {
            Double vb = xb.get(rep);
            if (vb != null && Double.isFinite(va) && Double.isFinite(vb)) {
                d.add(va - vb);
            }
        });
        int n = d.size();
        if (n == 0) {
            return new PairedDifference(meanA - meanB, Double.NaN, Double.NaN, 0);
        }
        double mean = d.stream().mapToDouble(Double::doubleValue).sum() / n;
        if (n == 1) {
            return new PairedDifference(mean, Double.NaN, Double.NaN, 1);
        }
        double ss = 0;
        for (double x : d) {
            ss += (x - mean) * (x - mean);
        }
        double half = new TDistribution(n - 1).inverseCumulativeProbability(0.975) * Math.sqrt(ss / (n - 1) / n);
        return new PairedDifference(mean, mean - half, mean + half, n);
    }
}
