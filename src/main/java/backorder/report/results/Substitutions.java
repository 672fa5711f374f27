package backorder.report.results;

import backorder.metric.Metric;

/** Whether a run moved orders to substitutes (SPEC §9): the report shows substitutions only then. */
public final class Substitutions {

    private static final String KEY = Metric.SUBSTITUTIONS.key();

    private Substitutions() { }

    /** True when some policy moved orders to a substitute on average (older files: never). */
    public static boolean happened(RunResults r) {
        return r.policies().stream().anyMatch(p -> tookPlace(p));
    }

    /** True when this policy moved orders to a substitute on average. */
    public static boolean tookPlace(PolicyResult p) {
        MetricStat s = p.metric(KEY);
        return s.defined() && s.mean() > 0;
    }
}
