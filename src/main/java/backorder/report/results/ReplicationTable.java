package backorder.report.results;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** The rows of replications.csv: for each policy, each replication's value of each metric column. */
public record ReplicationTable(List<String> metrics, Map<String, SortedMap<Integer, double[]>> rows) {

    /** Copies the columns and rows; each row holds one value per entry of {@code metrics}. */
    public ReplicationTable {
        metrics = List.copyOf(metrics);
        Map<String, SortedMap<Integer, double[]>> copy = new LinkedHashMap<>();
        rows.forEach((p, byRep) -> {
            SortedMap<Integer, double[]> r = new TreeMap<>();
            byRep.forEach((rep, values) -> r.put(rep, values.clone()));
            copy.put(p, Collections.unmodifiableSortedMap(r));
        });
        rows = Collections.unmodifiableMap(copy);
    }

    /** One metric of one policy by replication index (empty when either is missing); NaN = empty cell. */
    public SortedMap<Integer, Double> column(String policy, String metric) {
        int col = metrics.indexOf(metric);
        SortedMap<Integer, Double> out = new TreeMap<>();
        if (col < 0) {
            return out;
        }
        rows.getOrDefault(policy, Collections.emptySortedMap())
                .forEach((rep, values) -> out.put(rep, values[col]));
        return out;
    }
}
