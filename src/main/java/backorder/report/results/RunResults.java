package backorder.report.results;

import backorder.metric.Metric;
import backorder.metric.Objective;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything one run wrote into its output directory, read once and immutable afterwards.
 *
 * @param comparisons summary.json's paired comparisons and ranking ({@link PolicyComparisons#NONE} for older files)
 * @param network a network run's layout and per-location results (SPEC §7); null without locations
 */
public record RunResults(RunManifest manifest, Objective objective, List<DisruptionWindow> disruptions,
                         List<PolicyResult> policies, TimeSeries timeSeries,
                         Map<String, List<WaitBin>> waitHistogram, ReplicationTable replications,
                         PolicyComparisons comparisons, NetworkResults network) {

    /** The results of a run without locations. */
    public RunResults(RunManifest manifest, Objective objective, List<DisruptionWindow> disruptions,
                      List<PolicyResult> policies, TimeSeries timeSeries,
                      Map<String, List<WaitBin>> waitHistogram, ReplicationTable replications,
                      PolicyComparisons comparisons) {
        this(manifest, objective, disruptions, policies, timeSeries, waitHistogram, replications, comparisons,
                null);
    }

    /** Whether the run was of a distribution network (SPEC §7). */
    public boolean hasNetwork() {
        return network != null;
    }

    /** Copies the collections; policies stay in scenario order. */
    public RunResults {
        comparisons = comparisons == null ? PolicyComparisons.NONE : comparisons;
        disruptions = List.copyOf(disruptions);
        policies = List.copyOf(policies);
        Map<String, List<WaitBin>> waits = new LinkedHashMap<>();
        waitHistogram.forEach((p, bins) -> waits.put(p, List.copyOf(bins)));
        waitHistogram = Collections.unmodifiableMap(waits);
    }

    /** Policy names in scenario order. */
    public List<String> policyNames() {
        List<String> names = new ArrayList<>();
        policies.forEach(p -> names.add(p.name()));
        return names;
    }

    /** Every metric name any policy carries, in the order of first appearance in summary.json. */
    public List<String> metricNames() {
        Set<String> names = new LinkedHashSet<>();
        policies.forEach(p -> names.addAll(p.metrics().keySet()));
        return List.copyOf(names);
    }

    /** How a metric of these results is shown: its catalogue facts, money in the run's currency. */
    public MetricInfo info(String metric) {
        return MetricInfo.of(metric).withCurrency(manifest.currency());
    }

    /** How a catalogue metric is shown, money in the run's currency. */
    public MetricInfo info(Metric metric) {
        return MetricInfo.of(metric).withCurrency(manifest.currency());
    }

    /** The named policy. */
    public PolicyResult policy(String name) {
        return policies.stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no policy " + name));
    }
}
