package backorder.report.results;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What produced a run: scenario, horizon, replications and the traceability fields of summary.json.
 *
 * <p>{@code seed} and the override values are kept as the JSON text the file holds (for example
 * {@code 20261126}, {@code null} or {@code []}) because the report only displays them.
 */
public record RunManifest(String scenario, String description, String seed, int replications,
                          double horizonDays, double warmupDays, String engineVersion,
                          String scenarioSha256, String scenarioFile, Map<String, String> overrides,
                          int productCount) {

    /** Copies the overrides, keeping the file's order. */
    public RunManifest {
        overrides = Collections.unmodifiableMap(new LinkedHashMap<>(overrides));
    }

    /** Days over which the metrics count events: horizon minus warm-up. */
    public double measuredDays() {
        return horizonDays - warmupDays;
    }
}
