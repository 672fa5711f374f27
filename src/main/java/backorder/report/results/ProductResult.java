package backorder.report.results;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One product's metrics under one policy, in the order summary.json lists them, and the levels the
 * policy used for it.
 */
public record ProductResult(String sku, Map<String, MetricStat> metrics, LevelsUsed levels) {

    /** Copies the metrics into an unmodifiable map that keeps the file's order. */
    public ProductResult {
        metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    }

    /** A product without recorded levels. */
    public ProductResult(String sku, Map<String, MetricStat> metrics) {
        this(sku, metrics, LevelsUsed.NONE);
    }

    /** The named metric, or {@link MetricStat#UNDEFINED} when the file does not carry it. */
    public MetricStat metric(String name) {
        return metrics.getOrDefault(name, MetricStat.UNDEFINED);
    }
}
