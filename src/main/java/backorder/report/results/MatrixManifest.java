package backorder.report.results;

import backorder.metric.Objective;
import java.util.List;

/**
 * What produced a robustness matrix, for its report: each scenario with its objective and run
 * settings, and the caveats found while planning (scenarios left out, objectives that differ).
 */
public record MatrixManifest(List<ScenarioInfo> scenarios, List<String> notes, String engineVersion) {

    /** One scenario of the matrix as it ran. */
    public record ScenarioInfo(String name, String description, String file, String sha256, Objective objective,
                               int replications, long seed, double horizonDays, double warmupDays) { }

    /** Copies the lists. */
    public MatrixManifest {
        scenarios = List.copyOf(scenarios);
        notes = List.copyOf(notes);
    }

    /** The scenario of that name, or null. */
    public ScenarioInfo scenario(String name) {
        return scenarios.stream().filter(s -> s.name().equals(name)).findFirst().orElse(null);
    }
}
