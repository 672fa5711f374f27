package backorder.report.results;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What produced a run: scenario, horizon, replications and the traceability fields of summary.json.
 *
 * <p>{@code seed} and the override values are kept as the JSON text the file holds (for example
 * {@code 20261126}, {@code null} or {@code []}) because the report only displays them.
 *
 * @param warmupMethod how the warm-up was chosen: {@code scenario}, {@code command line} or {@code mser-5}
 * @param precision the outcome of a {@code --target-halfwidth} run, or null
 * @param currency the scenario's currency ("EUR", "$"), or "" for none (files without one included)
 */
public record RunManifest(String scenario, String description, String seed, int replications,
                          double horizonDays, double warmupDays, String engineVersion,
                          String scenarioSha256, String scenarioFile, Map<String, String> overrides,
                          int productCount, String warmupMethod, Precision precision, String currency) {

    /** The warm-up method of a file that does not name one. */
    public static final String SCENARIO_WARMUP = "scenario";

    /** Copies the overrides, keeping the file's order. */
    public RunManifest {
        overrides = Collections.unmodifiableMap(new LinkedHashMap<>(overrides));
        warmupMethod = warmupMethod == null || warmupMethod.isBlank() ? SCENARIO_WARMUP : warmupMethod;
        currency = currency == null ? "" : currency;
    }

    /** A manifest with the scenario's warm-up, no precision target and no currency. */
    public RunManifest(String scenario, String description, String seed, int replications,
                       double horizonDays, double warmupDays, String engineVersion,
                       String scenarioSha256, String scenarioFile, Map<String, String> overrides,
                       int productCount) {
        this(scenario, description, seed, replications, horizonDays, warmupDays, engineVersion,
                scenarioSha256, scenarioFile, overrides, productCount, SCENARIO_WARMUP, null, "");
    }

    /**
     * The {@code precision} block of summary.json: replications were added until the 95% half-width
     * of {@code metric} was at most {@code target} for every policy (NaN achieved: undefined).
     */
    public record Precision(String metric, double target, double achieved, boolean reached) { }

    /** Days over which the metrics count events: horizon minus warm-up. */
    public double measuredDays() {
        return horizonDays - warmupDays;
    }
}
