package backorder.report.html;

import backorder.metric.Objective;
import backorder.report.results.SweepTable;
import backorder.report.results.SweepTable.Setting;
import backorder.report.results.TradeOffs;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a sweep report says, worked out once from sweep.csv: the two non-dominated fronts, the
 * setting the objective picks, and the settings worth considering (their union) in file order.
 */
record SweepFindings(SweepTable table, Objective objective, TradeOffs.Axes service, List<Setting> serviceFront,
                     List<Setting> customerFront, Optional<Setting> best, List<Setting> worthConsidering) {

    static SweepFindings of(SweepTable t, Objective o) {
        TradeOffs.Axes service = TradeOffs.objectiveAgainstFillRate(o);
        List<Setting> serviceFront = TradeOffs.nonDominated(t.settings(), service);
        List<Setting> customerFront = TradeOffs.nonDominated(t.settings(), TradeOffs.LOST_CUSTOMERS_AGAINST_TOTAL_COST);
        Optional<Setting> best = TradeOffs.best(t.settings(), o);
        Set<Setting> chosen = new LinkedHashSet<>(serviceFront);
        chosen.addAll(customerFront);
        best.ifPresent(chosen::add);
        List<Setting> worth = new ArrayList<>();
        t.settings().stream().filter(chosen::contains).forEach(worth::add);
        return new SweepFindings(t, o, service, serviceFront, customerFront, best, worth);
    }

    boolean isBest(Setting s) {
        return best.isPresent() && best.get().equals(s);
    }

    /** Why a setting is worth considering, as short tags (HTML-safe). */
    String reasons(Setting s) {
        List<String> why = new ArrayList<>();
        if (isBest(s)) {
            why.add("best on the objective");
        }
        if (serviceFront.contains(s)) {
            why.add("non-dominated on " + Html.esc(label(service.y())) + " and fill rate");
        }
        if (customerFront.contains(s)) {
            why.add("non-dominated on lost customers and total cost");
        }
        return why.isEmpty() ? "&#8212;" : String.join("; ", why);
    }

    /** The objective/fill-rate front ordered by fill rate, lowest first. */
    List<Setting> serviceFrontByFillRate() {
        return serviceFront.stream().sorted(java.util.Comparator.comparingDouble(s -> s.mean("fill_rate"))).toList();
    }

    /**
     * Along the objective/fill-rate front: the change in the objective's mean per percentage point of
     * fill rate from the front setting with the next lower fill rate; NaN for the lowest and off the front.
     */
    double changePerFillPoint(Setting s) {
        List<Setting> front = serviceFrontByFillRate();
        int i = front.indexOf(s);
        if (i <= 0) {
            return Double.NaN;
        }
        Setting below = front.get(i - 1);
        double points = 100 * (s.mean("fill_rate") - below.mean("fill_rate"));
        return points > 0 ? (s.mean(service.y()) - below.mean(service.y())) / points : Double.NaN;
    }

    /** A dominating setting on the objective/fill-rate trade-off, if the setting is dominated there. */
    Optional<Setting> beatenBy(Setting s) {
        return TradeOffs.dominatedBy(s, serviceFront, service);
    }

    /** A setting in words (HTML-safe): "point 7 (0.87)", with its policy when the sweep has several. */
    String name(Setting s) {
        return Html.esc(plainName(s));
    }

    /** {@link #name} as plain text. */
    String plainName(Setting s) {
        String values = String.join(", ", s.values());
        return "point " + s.point() + (values.length() <= 40 ? " (" + values + ")" : "")
                + (table.policies().size() > 1 ? ", " + s.policy() : "");
    }

    static String label(String metric) {
        return backorder.report.results.MetricInfo.of(metric).label().toLowerCase(java.util.Locale.ROOT);
    }
}
