package backorder.report.results;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** One location's metrics for one policy, from summary.json's {@code "locations"} (SPEC §7). */
public record LocationMetrics(String location, Map<String, MetricStat> metrics) {

    /** Copies the map, keeping the file's order. */
    public LocationMetrics {
        metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    }

    /** The named metric, or {@link MetricStat#UNDEFINED} when the file does not carry it. */
    public MetricStat metric(String name) {
        return metrics.getOrDefault(name, MetricStat.UNDEFINED);
    }
}
