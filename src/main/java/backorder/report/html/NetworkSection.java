package backorder.report.html;

import backorder.report.chart.PolicyPalette;
import backorder.report.results.LocationMetrics;
import backorder.report.results.MetricInfo;
import backorder.report.results.MetricStat;
import backorder.report.results.NetworkLayout.Place;
import backorder.report.results.NetworkResults;
import backorder.report.results.RunResults;
import static backorder.report.html.Html.esc;

import java.util.List;

/**
 * The network section of a run with locations: what the network is, one stock-flow diagram per
 * policy, and a table of each location's service under each policy.
 */
final class NetworkSection {

    /** Metrics shown per location and policy, in table order. */
    private static final List<String> TABLE_METRICS =
            List.of("fill_rate", "avg_backlog_units", "backorders", "avg_on_hand_units");

    private NetworkSection() { }

    /** The section as HTML; empty for a run without locations. */
    static String render(RunResults r, PolicyPalette palette, String recommended) {
        if (!r.hasNetwork()) {
            return "";
        }
        NetworkResults n = r.network();
        List<Place> sites = n.layout().locations();
        Place warehouse = sites.stream().filter(Place::isWarehouse).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("a network needs a warehouse"));
        List<String> stores = sites.stream().filter(s -> !s.isWarehouse()).map(Place::name).toList();
        StringBuilder b = new StringBuilder("<section id=\"network\">\n<h2>The network</h2>\n<p>")
                .append("Suppliers stock the warehouse <strong>").append(esc(warehouse.name()))
                .append("</strong>, which replenishes ").append(stores.size() == 1 ? "the store " : "the stores ")
                .append(esc(Html.list(stores))).append("; customers order at the stores, so every customer metric "
                        + "in this report counts store customers. A store&#8217;s order waits at the warehouse "
                        + "when it is out of stock (a warehouse backorder) and then travels to the store.</p>\n");
        b.append(hint(n, recommended, warehouse.name()));
        b.append("<p class=\"note\">Arrows are as thick as the units that moved along them (mean per replication, "
                + r.manifest().replications() + " replications); boxes show each location&#8217;s service.</p>\n");
        for (String policy : r.policyNames()) {
            b.append("<h3>").append(Html.policy(palette, policy)).append("</h3>\n<div class=\"scroll\">")
                    .append(NetworkDiagramSvg.render(n.layout(), n.metrics().getOrDefault(policy, List.of()), policy,
                            palette.hex(policy))).append("</div>\n");
        }
        table(b, r, sites, palette);
        return b.append("</section>\n").toString();
    }

    /** One sentence on the weakest store under the recommended policy, when there is one to name. */
    private static String hint(NetworkResults n, String recommended, String warehouse) {
        List<LocationMetrics> byLocation = recommended == null ? null : n.metrics().get(recommended);
        if (byLocation == null) {
            return "";
        }
        String weakest = null;
        double lowest = Double.POSITIVE_INFINITY;
        for (LocationMetrics l : byLocation) {
            double fill = l.metric("fill_rate").mean();
            if (!l.location().equals(warehouse) && Double.isFinite(fill) && fill < lowest) {
                lowest = fill;
                weakest = l.location();
            }
        }
        if (weakest == null) {
            return "";
        }
        return "<p>Under the recommended policy <strong>" + esc(recommended) + "</strong>, the store served worst is <strong>"
                + esc(weakest) + "</strong> (fill rate " + MetricInfo.of("fill_rate").format(lowest) + ").</p>\n";
    }

    private static void table(StringBuilder b, RunResults r, List<Place> sites, PolicyPalette palette) {
        b.append(Html.openTable("metrics network"))
                .append("\n<thead><tr><th class=\"left\">Location</th><th class=\"left\">Metric</th>");
        r.policyNames().forEach(p -> b.append("<th>").append(Html.policy(palette, p)).append("</th>"));
        b.append("</tr></thead>\n<tbody>\n");
        for (Place s : sites) {
            for (int i = 0; i < TABLE_METRICS.size(); i++) {
                MetricInfo info = r.info(TABLE_METRICS.get(i));
                b.append("<tr>");
                if (i == 0) {
                    b.append("<th scope=\"rowgroup\" rowspan=\"").append(TABLE_METRICS.size()).append("\">")
                            .append(esc(s.name())).append(s.isWarehouse() ? " <span class=\"muted\">(warehouse)</span>" : "")
                            .append("</th>");
                }
                b.append("<td class=\"left\">").append(esc(label(info, s.isWarehouse()))).append("</td>");
                for (String policy : r.policyNames()) {
                    MetricStat m = r.network().metrics().getOrDefault(policy, List.of()).stream()
                            .filter(l -> l.location().equals(s.name())).findFirst()
                            .map(l -> l.metric(info.name())).orElse(MetricStat.UNDEFINED);
                    b.append("<td>").append(info.format(m.mean())).append("</td>");
                }
                b.append("</tr>\n");
            }
        }
        b.append("</tbody>\n").append(Html.CLOSE_TABLE).append('\n');
    }

    /** The metric's label, reworded at the warehouse, whose customers are the stores. */
    private static String label(MetricInfo info, boolean warehouse) {
        if (!warehouse) {
            return info.label();
        }
        return switch (info.name()) {
            case "fill_rate" -> "Store orders shipped at once";
            case "avg_backlog_units" -> "Units owed to stores (average)";
            case "backorders" -> "Store orders backordered";
            default -> info.label();
        };
    }
}
