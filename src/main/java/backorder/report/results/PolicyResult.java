package backorder.report.results;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One policy's across-replication metrics (all products) and its per-product breakdown. */
public record PolicyResult(String name, String type, Map<String, MetricStat> metrics,
                           List<ProductResult> products) {

    /** Copies the collections, keeping the file's order. */
    public PolicyResult {
        metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
        products = List.copyOf(products);
    }

    /** The named metric, or {@link MetricStat#UNDEFINED} when the file does not carry it. */
    public MetricStat metric(String name) {
        return metrics.getOrDefault(name, MetricStat.UNDEFINED);
    }
}
