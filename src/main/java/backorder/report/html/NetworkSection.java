package backorder.report.html;

import backorder.report.chart.PolicyPalette;
import backorder.report.results.MetricInfo;
import backorder.report.results.MetricStat;
import static backorder.report.html.Html.esc;

import java.util.List;
import java.util.Map;

/**
 * The network section of a run with locations: what the network is, one stock-flow diagram per
 * policy, and a table of each location's service under each policy.
 */
final class NetworkSection {

    /** Metrics shown per location and policy, in table order. */
    private static final List<String> TABLE_METRICS =
            List.of("fill_rate", "avg_backlog_units", "backorders", "avg_on_hand_units");

    private NetworkSection() { }

    /**
     * The section as HTML.
     *
     * @param stats per policy (scenario order), per location (network order), the location's metrics
     * @param recommended the policy the report recommends, if any, named in the reading guide
     */
    static String render(List<NetworkDiagramSvg.Site> sites, Map<String, Map<String, Map<String, MetricStat>>> stats,
                         PolicyPalette palette, String recommended, int replications) {
        NetworkDiagramSvg.Site warehouse = sites.stream().filter(NetworkDiagramSvg.Site::warehouse).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("a network needs a warehouse"));
        List<String> stores = sites.stream().filter(s -> !s.warehouse()).map(NetworkDiagramSvg.Site::name).toList();
        StringBuilder b = new StringBuilder("<section id=\"network\">\n<h2>The network</h2>\n<p>")
                .append("Suppliers stock the warehouse <strong>").append(esc(warehouse.name()))
                .append("</strong>, which replenishes ").append(stores.size() == 1 ? "the store " : "the stores ")
                .append(esc(Html.list(stores))).append("; customers order at the stores, so every customer metric "
                        + "in this report counts store customers. A store&#8217;s order waits at the warehouse "
                        + "when it is out of stock (a warehouse backorder) and then travels to the store.</p>\n");
        b.append(hint(stats, recommended, warehouse.name()));
        b.append("<p class=\"note\">Arrows are as thick as the units that moved along them (mean per replication, "
                + replications + " replications); boxes show each location&#8217;s service.</p>\n");
        for (Map.Entry<String, Map<String, Map<String, MetricStat>>> e : stats.entrySet()) {
            b.append("<h3>").append(Html.policy(palette, e.getKey())).append("</h3>\n")
                    .append(NetworkDiagramSvg.render(sites, e.getValue(), e.getKey(), palette.hex(e.getKey())));
        }
        table(b, sites, stats, palette);
        return b.append("</section>\n").toString();
    }

    /** One sentence on the weakest store under the recommended policy, when there is one to name. */
    private static String hint(Map<String, Map<String, Map<String, MetricStat>>> stats, String recommended,
                               String warehouse) {
        Map<String, Map<String, MetricStat>> byLocation = recommended == null ? null : stats.get(recommended);
        if (byLocation == null) {
            return "";
        }
        String weakest = null;
        double lowest = Double.POSITIVE_INFINITY;
        for (Map.Entry<String, Map<String, MetricStat>> e : byLocation.entrySet()) {
            double fill = e.getValue().getOrDefault("fill_rate", MetricStat.UNDEFINED).mean();
            if (!e.getKey().equals(warehouse) && Double.isFinite(fill) && fill < lowest) {
                lowest = fill;
                weakest = e.getKey();
            }
        }
        if (weakest == null) {
            return "";
        }
        return "<p>Under the recommended policy <strong>" + esc(recommended) + "</strong>, the store served worst is <strong>"
                + esc(weakest) + "</strong> (fill rate " + MetricInfo.of("fill_rate").format(lowest) + ").</p>\n";
    }

    private static void table(StringBuilder b, List<NetworkDiagramSvg.Site> sites,
                              Map<String, Map<String, Map<String, MetricStat>>> stats, PolicyPalette palette) {
        b.append("<table class=\"metrics network\">\n<thead><tr><th>Location</th><th>Metric</th>");
        stats.keySet().forEach(p -> b.append("<th>").append(Html.policy(palette, p)).append("</th>"));
        b.append("</tr></thead>\n<tbody>\n");
        for (NetworkDiagramSvg.Site s : sites) {
            for (int i = 0; i < TABLE_METRICS.size(); i++) {
                MetricInfo info = MetricInfo.of(TABLE_METRICS.get(i));
                b.append("<tr>");
                if (i == 0) {
                    b.append("<th scope=\"rowgroup\" rowspan=\"").append(TABLE_METRICS.size()).append("\">")
                            .append(esc(s.name())).append(s.warehouse() ? " <span class=\"muted\">(warehouse)</span>" : "")
                            .append("</th>");
                }
                b.append("<td class=\"left\">").append(esc(label(info, s.warehouse()))).append("</td>");
                for (Map<String, Map<String, MetricStat>> byLocation : stats.values()) {
                    MetricStat m = byLocation.getOrDefault(s.name(), Map.of())
                            .getOrDefault(info.name(), MetricStat.UNDEFINED);
                    b.append("<td>").append(info.format(m.mean())).append("</td>");
                }
                b.append("</tr>\n");
            }
        }
        b.append("</tbody>\n</table>\n");
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
