package backorder.experiment;

import backorder.model.DisruptionWindow;
import java.util.List;

/**
 * Everything a run produced, ready for the writers.
 *
 * @param disruptions the windows replication 0 realised (recurring ones differ between replications)
 * @param events events fired over all replications and policies
 * @param seconds wall time of the simulation
 */
public record ExperimentResult(RunPlan plan, List<PolicyResult> policies,
    List<DisruptionWindow> disruptions, long events, double seconds) {}
