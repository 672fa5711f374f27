package backorder.report.results;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** The rows of location_replications.csv (SPEC §7): per policy and location, each replication's metrics. */
public record LocationReplications(List<String> metrics, Map<String, Map<String, ReplicationTable>> byPolicy) {

    /** Copies the maps. */
    public LocationReplications {
        metrics = List.copyOf(metrics);
        Map<String, Map<String, ReplicationTable>> copy = new LinkedHashMap<>();
        byPolicy.forEach((p, m) -> copy.put(p, Collections.unmodifiableMap(new LinkedHashMap<>(m))));
        byPolicy = Collections.unmodifiableMap(copy);
    }

    /** One metric of a policy at a location by replication (empty when any is missing). */
    public SortedMap<Integer, Double> column(String policy, String location, String metric) {
        ReplicationTable t = byPolicy.getOrDefault(policy, Map.of()).get(location);
        return t == null ? new TreeMap<>() : t.column(policy, metric);
    }
}
