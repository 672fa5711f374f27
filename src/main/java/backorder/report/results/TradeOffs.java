package backorder.report.results;

import backorder.metric.Objective;
import backorder.report.results.SweepTable.Setting;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a sweep report rests on: which settings are non-dominated on a pair of metrics (no other
 * setting is at least as good on both and better on one, judged on the means), and which setting
 * the scenario's objective picks.
 */
public final class TradeOffs {

    private TradeOffs() { }

    /**
     * Two metrics drawn against each other, each with the direction in which it is better.
     *
     * @param x the metric on the horizontal axis
     * @param y the metric on the vertical axis
     */
    public record Axes(String x, boolean xHigherIsBetter, String y, boolean yHigherIsBetter) {

        double score(Setting s, boolean horizontal) {
            double v = horizontal ? s.mean(x) : s.mean(y);
            return (horizontal ? xHigherIsBetter : yHigherIsBetter) ? v : -v;
        }
    }

    /** Lost customers against total cost: fewer of both is better. */
    public static final Axes LOST_CUSTOMERS_AGAINST_TOTAL_COST = new Axes("total_cost", false, "lost_customers", false);

    /** The objective against fill rate; total cost instead when the objective is fill rate itself. */
    public static Axes objectiveAgainstFillRate(Objective o) {
        if ("fill_rate".equals(o.metric())) {
            return new Axes("fill_rate", true, "total_cost", false);
        }
        return new Axes("fill_rate", true, o.metric(), !o.minimize());
    }

    /** The settings with both means defined that no other such setting dominates, in input order. */
    public static List<Setting> nonDominated(List<Setting> settings, Axes a) {
        List<Setting> defined = settings.stream()
                .filter(s -> Double.isFinite(s.mean(a.x())) && Double.isFinite(s.mean(a.y()))).toList();
        List<Setting> sorted = new ArrayList<>(defined);
        sorted.sort(Comparator.comparingDouble((Setting s) -> -a.score(s, true))
                .thenComparingDouble(s -> -a.score(s, false)));
        Set<Setting> front = new HashSet<>();
        double bestY = Double.NEGATIVE_INFINITY;
        double bestYx = Double.NEGATIVE_INFINITY;
        for (Setting s : sorted) {
            double x = a.score(s, true);
            double y = a.score(s, false);
            // everything seen has x >= this x; it dominates this one when better on y, or equal on y and better on x
            if (y < bestY || y == bestY && bestYx > x) {
                continue;
            }
            front.add(s);
            if (y > bestY) {
                bestY = y;
                bestYx = x;
            }
        }
        return defined.stream().filter(front::contains).toList();
    }

    /** A setting of the front that dominates {@code s} (the first in front order), if any. */
    public static Optional<Setting> dominatedBy(Setting s, List<Setting> front, Axes a) {
        if (!Double.isFinite(s.mean(a.x())) || !Double.isFinite(s.mean(a.y()))) {
            return Optional.empty();
        }
        for (Setting f : front) {
            boolean noWorse = a.score(f, true) >= a.score(s, true) && a.score(f, false) >= a.score(s, false);
            boolean better = a.score(f, true) > a.score(s, true) || a.score(f, false) > a.score(s, false);
            if (noWorse && better) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /**
     * The setting the objective picks, by SPEC §5's rule for policies: the best mean among the
     * settings whose means meet every constraint (and, with the older {@code fill_rate_tolerance},
     * whose fill rate is within it of the best); among all settings when none does. Ties keep file
     * order; empty when no setting has a value.
     */
    public static Optional<Setting> best(List<Setting> settings, Objective o) {
        double bestFill = settings.stream().mapToDouble(s -> s.mean("fill_rate"))
                .filter(Double::isFinite).max().orElse(Double.NaN);
        boolean tolerance = o.usesFillRateTolerance() && !Double.isNaN(bestFill);
        List<Setting> eligible = settings.stream().filter(s -> {
            double fill = s.mean("fill_rate");
            return (!tolerance || Double.isFinite(fill) && fill >= bestFill - o.fillRateTolerance() - 1e-9)
                    && o.constraints().stream().allMatch(c -> c.holds(s.mean(c.metric().key())));
        }).toList();
        Setting best = null;
        for (Setting s : eligible.isEmpty() ? settings : eligible) {
            double v = s.mean(o.metric());
            if (Double.isFinite(v)
                    && (best == null || (o.minimize() ? v < best.mean(o.metric()) : v > best.mean(o.metric())))) {
                best = s;
            }
        }
        return Optional.ofNullable(best);
    }
}
