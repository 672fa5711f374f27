package backorder.report.results;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The daily series of location_timeseries.csv (SPEC §7), by policy, then location, then series. */
public record LocationSeries(Map<String, Map<String, Map<String, SeriesBand>>> byPolicy) {

    /** Copies the nested maps into unmodifiable ones that keep their order. */
    public LocationSeries {
        Map<String, Map<String, Map<String, SeriesBand>>> copy = new LinkedHashMap<>();
        byPolicy.forEach((p, byLocation) -> {
            Map<String, Map<String, SeriesBand>> locations = new LinkedHashMap<>();
            byLocation.forEach((l, m) -> locations.put(l, Collections.unmodifiableMap(new LinkedHashMap<>(m))));
            copy.put(p, Collections.unmodifiableMap(locations));
        });
        byPolicy = Collections.unmodifiableMap(copy);
    }

    /** The named series of a policy at a location, if the file has it. */
    public Optional<SeriesBand> band(String policy, String location, String series) {
        return Optional.ofNullable(byPolicy.getOrDefault(policy, Map.of()).getOrDefault(location, Map.of())
                .get(series));
    }
}
