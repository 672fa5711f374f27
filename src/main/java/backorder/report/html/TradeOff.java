package backorder.report.html;

import backorder.metric.Metric;
import backorder.report.results.MetricInfo;
import backorder.report.results.RunResults;
import static backorder.report.html.Html.esc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The headline's money trade-off in words: the recommended policy against the runner-up and the
 * cheapest policy on net value, profit and fill rate, each a paired difference with its 95% CI.
 */
final class TradeOff {

    /** What a switch would change, in this order. */
    static final List<Metric> CHANGES = List.of(Metric.NET_VALUE, Metric.PROFIT, Metric.FILL_RATE);

    private final RunResults r;
    private final Recommendation rec;
    private final String best;
    private final MetricInfo objective;
    private final String period;

    TradeOff(RunResults r, Recommendation rec, String period) {
        this.r = r;
        this.rec = rec;
        this.best = rec.recommended().orElseThrow();
        this.objective = r.info(rec.objective().metric());
        this.period = period;
    }

    /** The objective against the runner-up (a tie said plainly), then what switching to it would change. */
    String runnerUp(String runner) {
        PairedDifference d = PairedDifference.between(r, runner, best, objective.name());
        String label = esc(objective.label().toLowerCase(Locale.ROOT));
        if (Double.isNaN(d.mean())) {
            return esc(runner) + " has no value for " + label + ", so the two cannot be compared on it.";
        }
        StringBuilder s = new StringBuilder();
        if (rec.runnerUpTied()) {
            s.append("It is statistically tied with ").append(esc(runner)).append(" on ").append(label)
                    .append(": the difference, ").append(signed(objective, d.mean())).append(ci(objective, d))
                    .append(", could be noise").append(d.clear() ? " once the number of comparisons is allowed for" : "")
                    .append("; ").append(grounds(runner)).append(' ').append(alsoTied());
            return s.toString().strip() + " " + switching(runner, objective.name(), ", " + period);
        }
        return lead(runner, d, label) + " " + switching(runner, objective.name(), "");
    }

    /** "It beats the runner-up, X, by 14,932 in net value ..." or, for a better policy left out, what it would bring. */
    private String lead(String runner, PairedDifference d, String label) {
        boolean eligible = !rec.excluded().contains(runner);
        double advantage = rec.objective().minimize() ? d.mean() : -d.mean();
        if (advantage == 0) {
            return "It ties with " + esc(runner) + " on " + label + ".";
        }
        PairedDifference a = rec.objective().minimize() ? d
                : new PairedDifference(-d.mean(), -d.ci95High(), -d.ci95Low(), d.pairs());
        if (advantage > 0) {
            return "It beats " + (eligible ? "the runner-up, " : "the next best, ") + esc(runner)
                    + ", by " + objective.formatDifference(advantage) + " in " + label + " " + period
                    + ci(objective, a) + (a.hasCi() && !a.clear() ? ", a difference that could be noise" : "") + ".";
        }
        return esc(runner) + " does better on " + label + ", by " + objective.formatDifference(-advantage)
                + " " + period + ci(objective, new PairedDifference(-a.mean(), -a.ci95High(), -a.ci95Low(), a.pairs()))
                + (eligible ? "." : ", but it does not meet the constraints.");
    }

    /** What to decide on when the objective cannot: the headline metrics that do differ clearly. */
    private String grounds(String runner) {
        List<String> clear = new ArrayList<>();
        for (Metric m : CHANGES) {
            if (!m.key().equals(objective.name())
                    && PairedDifference.between(r, runner, best, m.key()).clear()) {
                clear.add(esc(m.label().toLowerCase(Locale.ROOT)));
            }
        }
        return clear.isEmpty() ? "nothing below separates them clearly either: choose on other grounds, or run "
                + "more replications."
                : "choose on " + Html.list(clear) + ", where they clearly differ, or run more replications.";
    }

    private String alsoTied() {
        List<String> others = new ArrayList<>();
        rec.tied().stream().skip(1).forEach(p -> others.add(esc(p)));
        if (others.isEmpty()) {
            return "";
        }
        return "Also statistically tied with it: " + Html.list(others) + ".";
    }

    /** The cheapest policy (lowest mean total cost) against the recommended one, or "" without total costs. */
    String cheapest() {
        String c = rec.cheapest();
        if (c == null) {
            return "";
        }
        MetricInfo cost = r.info(Metric.TOTAL_COST);
        double mine = r.policy(best).metric(cost.name()).mean();
        double theirs = r.policy(c).metric(cost.name()).mean();
        if (c.equals(best)) {
            return "It is also the cheapest policy (total cost " + cost.format(mine) + ").";
        }
        String costs = "total cost " + cost.formatDifference(mine - theirs) + " lower " + period + " ("
                + cost.format(theirs) + " against " + cost.format(mine) + ")";
        if (rec.runnerUp().map(c::equals).orElse(false)) {
            return (rec.excluded().contains(c) ? "The next best, " : "The runner-up, ") + esc(c)
                    + ", is the cheapest policy: " + costs + ".";
        }
        return "The cheapest policy is " + esc(c) + ": " + costs + ". " + switching(c, null, "").replace(
                "Switching to " + esc(c) + " ", "Switching to it ");
    }

    /** "Switching to X would mean[, over the 180 days]: profit −523 (95% CI ...) and fill rate ...". */
    private String switching(String other, String skip, String when) {
        List<String> parts = new ArrayList<>();
        for (Metric m : CHANGES) {
            PairedDifference d = PairedDifference.between(r, other, best, m.key());
            if (!m.key().equals(skip) && !Double.isNaN(d.mean())) {
                parts.add(change(r.info(m), other, d));
            }
        }
        if (parts.isEmpty()) {
            return "";
        }
        return "Switching to " + esc(other) + " would mean" + when + ": " + Html.list(parts) + ".";
    }

    /** One metric's change {@code d} from the recommended policy to {@code other}: signed, with its interval. */
    private String change(MetricInfo info, String other, PairedDifference d) {
        String label = esc(info.label().toLowerCase(Locale.ROOT));
        if (d.mean() == 0 && (!d.hasCi() || (d.ci95Low() == 0 && d.ci95High() == 0))) {
            return label + " the same";
        }
        String values = info.kind() == Metric.Kind.RATIO ? info.format(r.policy(other).metric(info.name()).mean())
                + " against " + info.format(r.policy(best).metric(info.name()).mean()) : "";
        String interval = d.hasCi() ? "95% CI " + end(info, d.ci95Low()) + " to " + end(info, d.ci95High())
                + (d.clear() ? "" : "; could be noise") : "";
        String inside = values.isEmpty() || interval.isEmpty() ? values + interval : values + "; " + interval;
        return label + " " + signed(info, d.mean()) + (inside.isEmpty() ? "" : " (" + inside + ")");
    }

    /** A difference with its sign: "+523", "&#8722;12.1 points". */
    static String signed(MetricInfo info, double v) {
        if (v == 0) {
            return info.formatDifference(0);
        }
        return (v < 0 ? "&#8722;" : "+") + info.formatDifference(Math.abs(v));
    }

    /** An interval end: a minus sign only, and for fractions in points without the word. */
    private static String end(MetricInfo info, double v) {
        String s = v < 0 ? signed(info, v) : info.formatDifference(v);
        return info.kind() == Metric.Kind.RATIO ? s.replace(" points", "") : s;
    }

    private static String ci(MetricInfo info, PairedDifference d) {
        return d.hasCi() ? " (95% CI " + end(info, d.ci95Low()) + " to " + end(info, d.ci95High()) + ")" : "";
    }
}
