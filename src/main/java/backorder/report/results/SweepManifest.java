package backorder.report.results;

import backorder.metric.Objective;
import java.util.List;

/**
 * What produced a sweep, for its report: the scenario, the shared run settings, the objective that
 * names the best setting, the {@code --vary} arguments and any caveats found while planning.
 *
 * @param varied the {@code --vary} arguments as given
 * @param notes caveats to show with the method (e.g. a disruption whose draws differ between points)
 */
public record SweepManifest(String scenario, String description, String scenarioFile, String scenarioSha256,
                            double horizonDays, double warmupDays, int replications, long seed,
                            Objective objective, List<String> varied, List<String> notes, String engineVersion) {

    /** Copies the lists. */
    public SweepManifest {
        varied = List.copyOf(varied);
        notes = List.copyOf(notes);
    }

    /** Days the metrics count. */
    public double measuredDays() {
        return horizonDays - warmupDays;
    }
}
