package backorder.report.html;

import backorder.metric.Metric;
import backorder.metric.Objective;
import backorder.report.results.PolicyResult;
import backorder.report.results.RankEntry;
import backorder.report.results.RunResults;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The scenario's objective applied to the policies (SPEC §5): the recommended one is the best mean
 * of the objective metric among the policies meeting every constraint (all of them when none
 * does); also the runner-up, the difference between the two paired over replications, the
 * policies statistically tied with the recommended one and the cheapest policy.
 *
 * @param ranking policy names, recommended first
 * @param excluded policies left out by a constraint (or the older fill-rate rule), in scenario order
 * @param bestFillRate best mean fill rate (NaN when no policy has one)
 * @param decided whether any eligible policy has a value for the objective metric
 * @param noneQualifies whether no policy met every constraint, so all were ranked on the objective
 * @param difference recommended minus runner-up on the objective metric (null with one policy or none decided)
 * @param tied the policies that could be recommended (not excluded, with a value) whose difference
 *     with the recommended one on the objective is not distinguishable from zero, in ranking order
 * @param cheapest the policy with the lowest mean total cost, or null when no policy has one
 */
public record Recommendation(Objective objective, List<String> ranking, List<String> excluded,
                             double bestFillRate, boolean decided, boolean noneQualifies,
                             PairedDifference difference, List<String> tied, String cheapest) {

    private static final String FILL = Metric.FILL_RATE.key();
    private static final String COST = Metric.TOTAL_COST.key();

    /** Copies the lists. */
    public Recommendation {
        ranking = List.copyOf(ranking);
        excluded = List.copyOf(excluded);
        tied = List.copyOf(tied);
    }

    /** Whether the runner-up is statistically tied with the recommended policy on the objective. */
    public boolean runnerUpTied() {
        return runnerUp().map(tied::contains).orElse(false);
    }

    /** The recommended policy, if the objective could decide. */
    public Optional<String> recommended() {
        return decided ? Optional.of(ranking.get(0)) : Optional.empty();
    }

    /** The policy the recommendation is contrasted with, if there is more than one policy. */
    public Optional<String> runnerUp() {
        return decided && ranking.size() > 1 ? Optional.of(ranking.get(1)) : Optional.empty();
    }

    /**
     * The run's recommendation: summary.json's {@code ranking} (the rule of SPEC §5, applied once by
     * the run), or for files written before it, the objective applied here.
     */
    public static Recommendation of(RunResults r) {
        List<RankEntry> ranks = r.comparisons().ranking();
        if (ranks.isEmpty() || ranks.size() != r.policies().size()) {
            return recomputed(r);
        }
        Objective o = r.objective();
        List<String> ranking = ranks.stream().sorted(Comparator.comparingInt(RankEntry::rank))
                .map(RankEntry::policy).toList();
        boolean noneQualifies = ranks.stream().noneMatch(RankEntry::meetsConstraints);
        List<String> excluded = noneQualifies ? List.of() : r.policies().stream()
                .map(PolicyResult::name)
                .filter(n -> ranks.stream().anyMatch(e -> e.policy().equals(n) && !e.meetsConstraints()))
                .toList();
        PolicyResult first = r.policy(ranking.get(0));
        boolean decided = first != null && first.metric(o.metric()).defined();
        List<String> tied = !decided ? List.of() : ranks.stream()
                .filter(e -> e.rank() > 1 && !e.distinguishableFromBest() && !excluded.contains(e.policy())
                        && r.policy(e.policy()).metric(o.metric()).defined())
                .sorted(Comparator.comparingInt(RankEntry::rank)).map(RankEntry::policy).toList();
        return new Recommendation(o, ranking, excluded, bestFill(r), decided, noneQualifies,
                difference(r, ranking, decided), tied, cheapest(r));
    }

    /** The policy with the lowest mean total cost (the first in scenario order on a tie), or null. */
    private static String cheapest(RunResults r) {
        return r.policies().stream().filter(p -> p.metric(COST).defined())
                .min(Comparator.comparingDouble(p -> p.metric(COST).mean())).map(PolicyResult::name).orElse(null);
    }

    private static double bestFill(RunResults r) {
        return r.policies().stream().mapToDouble(p -> p.metric(FILL).mean())
                .filter(Double::isFinite).max().orElse(Double.NaN);
    }

    private static PairedDifference difference(RunResults r, List<String> ranking, boolean decided) {
        if (!decided || ranking.size() < 2) {
            return null;
        }
        String metric = r.objective().metric();
        PolicyResult a = r.policy(ranking.get(0));
        PolicyResult b = r.policy(ranking.get(1));
        return PairedDifference.of(r.replications(), metric, a.name(), b.name(),
                a.metric(metric).mean(), b.metric(metric).mean());
    }

    /** The objective applied to a file without a ranking: its constraints, then the metric. */
    private static Recommendation recomputed(RunResults r) {
        Objective o = r.objective();
        String metric = o.metric();
        double bestFill = bestFill(r);
        boolean tolerance = o.usesFillRateTolerance() && !Double.isNaN(bestFill);
        List<PolicyResult> eligible = new ArrayList<>();
        List<PolicyResult> rest = new ArrayList<>();
        List<String> excluded = new ArrayList<>();
        for (PolicyResult p : r.policies()) {
            double fill = p.metric(FILL).mean();
            boolean ok = (!tolerance || (Double.isFinite(fill) && fill >= bestFill - o.fillRateTolerance() - 1e-9))
                    && o.constraints().stream().allMatch(c -> c.holds(p.metric(c.metric().key()).mean()));
            if (!ok) {
                excluded.add(p.name());
            }
            (ok && p.metric(metric).defined() ? eligible : rest).add(p);
        }
        boolean noneQualifies = excluded.size() == r.policies().size();
        if (noneQualifies) {
            rest.stream().filter(p -> p.metric(metric).defined()).forEach(eligible::add);
            rest.removeAll(eligible);
            excluded.clear();
        }
        Comparator<PolicyResult> byObjective = Comparator.comparingDouble(p -> p.metric(metric).mean());
        eligible.sort(o.minimize() ? byObjective : byObjective.reversed());
        rest.sort(Comparator.comparing((PolicyResult p) -> !p.metric(metric).defined())
                .thenComparing(o.minimize() ? byObjective : byObjective.reversed()));
        List<String> ranking = new ArrayList<>();
        eligible.forEach(p -> ranking.add(p.name()));
        rest.forEach(p -> ranking.add(p.name()));
        boolean decided = !eligible.isEmpty();
        PairedDifference d = difference(r, ranking, decided);
        // without a ranking there is no Holm adjustment: the runner-up is tied when its interval holds zero
        List<String> tied = d != null && d.hasCi() && !d.clear() && eligible.size() > 1
                ? List.of(ranking.get(1)) : List.of();
        return new Recommendation(o, ranking, excluded, bestFill, decided, noneQualifies, d, tied, cheapest(r));
    }
}
