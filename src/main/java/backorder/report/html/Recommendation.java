package backorder.report.html;

import backorder.metric.Metric;
import backorder.metric.Objective;
import backorder.report.results.PolicyResult;
import backorder.report.results.RunResults;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Applies the scenario's objective to the policies: ranks them, names the recommended one and the
 * runner-up, and measures the difference between the two paired over replications.
 *
 * <p>Rule for the default objective (total_cost, minimise): the lowest mean total cost among the
 * policies whose mean fill rate is within {@code fill_rate_tolerance} of the best mean fill rate.
 * Any other metric: best mean in the given direction, with no fill-rate condition. The ranking puts
 * the eligible policies first by the objective (ties keep scenario order), then the policies the
 * fill-rate rule left out, best fill rate first, then those without a value for the metric; so the
 * runner-up is the next eligible policy or, when there is none, the nearest on service.
 *
 * @param ranking policy names, recommended first
 * @param excluded policies left out by the fill-rate rule, in scenario order
 * @param bestFillRate best mean fill rate (NaN when no policy has one)
 * @param decided whether any eligible policy has a value for the objective metric
 * @param difference recommended minus runner-up on the objective metric (null with one policy or none decided)
 */
public record Recommendation(Objective objective, List<String> ranking, List<String> excluded,
                             double bestFillRate, boolean decided, PairedDifference difference) {

    private static final String FILL = Metric.FILL_RATE.key();

    /** Copies the lists. */
    public Recommendation {
        ranking = List.copyOf(ranking);
        excluded = List.copyOf(excluded);
    }

    /** The recommended policy, if the objective could decide. */
    public Optional<String> recommended() {
        return decided ? Optional.of(ranking.get(0)) : Optional.empty();
    }

    /** The policy the recommendation is contrasted with, if there is more than one policy. */
    public Optional<String> runnerUp() {
        return decided && ranking.size() > 1 ? Optional.of(ranking.get(1)) : Optional.empty();
    }

    /** Ranks the policies of a run on its objective. */
    public static Recommendation of(RunResults r) {
        Objective o = r.objective();
        String metric = o.metric();
        double bestFill = r.policies().stream().mapToDouble(p -> p.metric(FILL).mean())
                .filter(Double::isFinite).max().orElse(Double.NaN);
        boolean tolerance = o.usesFillRateTolerance() && !Double.isNaN(bestFill);
        List<PolicyResult> eligible = new ArrayList<>();
        List<PolicyResult> rest = new ArrayList<>();
        List<String> excluded = new ArrayList<>();
        for (PolicyResult p : r.policies()) {
            double fill = p.metric(FILL).mean();
            boolean withinTolerance = !tolerance || (Double.isFinite(fill) && fill >= bestFill - o.fillRateTolerance() - 1e-9);
            if (!withinTolerance) {
                excluded.add(p.name());
            }
            (withinTolerance && p.metric(metric).defined() ? eligible : rest).add(p);
        }
        Comparator<PolicyResult> byObjective = Comparator.comparingDouble(p -> p.metric(metric).mean());
        eligible.sort(o.minimize() ? byObjective : byObjective.reversed());
        rest.sort(Comparator.comparing((PolicyResult p) -> !p.metric(metric).defined())
                .thenComparingDouble(p -> {
                    double f = p.metric(FILL).mean();
                    return Double.isFinite(f) ? -f : Double.POSITIVE_INFINITY;
                }));
        List<String> ranking = new ArrayList<>();
        eligible.forEach(p -> ranking.add(p.name()));
        rest.forEach(p -> ranking.add(p.name()));
        boolean decided = !eligible.isEmpty();
        PairedDifference diff = null;
        if (decided && ranking.size() > 1) {
            PolicyResult a = r.policy(ranking.get(0));
            PolicyResult b = r.policy(ranking.get(1));
            diff = PairedDifference.of(r.replications(), metric, a.name(), b.name(),
                    a.metric(metric).mean(), b.metric(metric).mean());
        }
        return new Recommendation(o, ranking, excluded, bestFill, decided, diff);
    }
}
