package backorder.report.results;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The daily series of timeseries.csv, by policy and then by series name. */
public record TimeSeries(Map<String, Map<String, SeriesBand>> byPolicy) {

    /** Copies the nested maps into unmodifiable ones that keep their order. */
    public TimeSeries {
        Map<String, Map<String, SeriesBand>> copy = new LinkedHashMap<>();
        byPolicy.forEach((p, m) -> copy.put(p, Collections.unmodifiableMap(new LinkedHashMap<>(m))));
        byPolicy = Collections.unmodifiableMap(copy);
    }

    /** The named series of the named policy, if the file has it. */
    public Optional<SeriesBand> band(String policy, String series) {
        return Optional.ofNullable(byPolicy.getOrDefault(policy, Map.of()).get(series));
    }

    /** Whether any policy has the named series. */
    public boolean has(String series) {
        return byPolicy.values().stream().anyMatch(m -> m.containsKey(series));
    }
}
