package backorder.report.results;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** One product's metrics under one policy, in the order summary.json lists them. */
public record ProductResult(String sku, Map<String, MetricStat> metrics) {

    /** Copies the metrics into an unmodifiable map that keeps the file's order. */
    public ProductResult {
        metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    }

    /** The named metric, or {@link MetricStat#UNDEFINED} when the file does not carry it. */
    public MetricStat metric(String name) {
        return metrics.getOrDefault(name, MetricStat.UNDEFINED);
    }
}
