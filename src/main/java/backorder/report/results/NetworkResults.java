package backorder.report.results;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A network run's results (SPEC §7): the layout and per-location metrics from summary.json, the
 * daily series of location_timeseries.csv and the rows of location_replications.csv.
 *
 * @param metrics per policy name, its locations' metrics in scenario order
 */
public record NetworkResults(NetworkLayout layout, Map<String, List<LocationMetrics>> metrics,
                             LocationSeries series, LocationReplications replications) {

    /** Copies the map. */
    public NetworkResults {
        Map<String, List<LocationMetrics>> copy = new LinkedHashMap<>();
        metrics.forEach((p, l) -> copy.put(p, List.copyOf(l)));
        metrics = Collections.unmodifiableMap(copy);
    }

    /** A policy's metrics at the named location. */
    public LocationMetrics metrics(String policy, String location) {
        return metrics.getOrDefault(policy, List.of()).stream().filter(l -> l.location().equals(location))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no location " + location
                        + " for policy " + policy));
    }
}
