package backorder.report.html;

import backorder.report.results.LocationMetrics;
import backorder.report.results.MetricInfo;
import backorder.report.results.MetricStat;
import backorder.report.results.NetworkLayout;
import backorder.report.results.NetworkLayout.Place;
import static backorder.report.html.Html.esc;

import java.util.List;
import java.util.Map;

/**
 * Draws a two-echelon network as a small inline SVG: suppliers, the warehouse and its stores, with
 * arrows as thick as the units that flowed along them in one policy's run (mean per replication).
 */
final class NetworkDiagramSvg {

    private static final int WIDTH = 900;
    private static final int ROW = 92;
    private static final int TOP = 30;
    private static final int BOX_H = 70;
    private static final int SUPPLIER_X = 16;
    private static final int SUPPLIER_W = 150;
    private static final int WAREHOUSE_X = 330;
    private static final int WAREHOUSE_W = 210;
    private static final int STORE_X = 690;
    private static final int STORE_W = 194;
    private static final double MAX_STROKE = 16;
    private static final double MIN_STROKE = 1.5;

    private NetworkDiagramSvg() { }

    /**
     * The SVG element for one policy.
     *
     * @param locations this policy's metrics at each location (a location missing here shows "no results")
     * @param colour the policy's CSS colour, used for the flows
     */
    static String render(NetworkLayout layout, List<LocationMetrics> locations, String policy, String colour) {
        Map<String, Map<String, MetricStat>> stats = new java.util.HashMap<>();
        locations.forEach(l -> stats.put(l.location(), l.metrics()));
        List<Place> sites = layout.locations();
        Place warehouse = sites.stream().filter(Place::isWarehouse).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("a network needs a warehouse"));
        List<Place> stores = sites.stream().filter(s -> !s.isWarehouse()).toList();
        int rows = Math.max(1, stores.size());
        int height = TOP + rows * ROW + 8;
        double whY = TOP + (rows * ROW - BOX_H) / 2.0 - (ROW - BOX_H) / 2.0;
        double maxFlow = maxFlow(sites, stats);
        StringBuilder b = new StringBuilder();
        b.append("<svg class=\"network\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(height).append("\" role=\"img\" aria-label=\"Network of ").append(esc(policy)).append(": ")
                .append(esc(warehouse.name())).append(" supplies ").append(stores.size())
                .append(stores.size() == 1 ? " store" : " stores").append("\">\n");
        b.append("<text x=\"").append(SUPPLIER_X).append("\" y=\"16\" class=\"nw-head\">Suppliers</text>")
                .append("<text x=\"").append(WAREHOUSE_X).append("\" y=\"16\" class=\"nw-head\">Warehouse</text>")
                .append("<text x=\"").append(STORE_X).append("\" y=\"16\" class=\"nw-head\">Stores</text>\n");
        double midWh = whY + BOX_H / 2.0;
        flow(b, SUPPLIER_X + SUPPLIER_W, midWh, WAREHOUSE_X, midWh, units(stats, warehouse), maxFlow, colour, "");
        for (int i = 0; i < stores.size(); i++) {
            Place s = stores.get(i);
            double y = TOP + i * ROW;
            flow(b, WAREHOUSE_X + WAREHOUSE_W, midWh, STORE_X, y + BOX_H / 2.0, units(stats, s), maxFlow, colour,
                    "transit " + transitWords(s.transitDays()));
        }
        box(b, SUPPLIER_X, midWh - BOX_H / 2.0, SUPPLIER_W, "suppliers", List.of("ship to the warehouse"));
        box(b, WAREHOUSE_X, whY, WAREHOUSE_W, warehouse.name(), lines(stats.get(warehouse.name()), true));
        for (int i = 0; i < stores.size(); i++) {
            Place s = stores.get(i);
            List<String> text = new java.util.ArrayList<>(lines(stats.get(s.name()), false));
            text.add(0, MetricInfo.number(100 * s.demandShare(), "0.#") + "% of demand");
            box(b, STORE_X, TOP + i * ROW, STORE_W, s.name(), text);
        }
        return b.append("</svg>\n").toString();
    }

    /**
     * The scenario's text of a transit time in a few words: "1 d", "1–3 d" for a uniform or
     * triangular range, "mean 2 d" for other distributions; anything else as written.
     */
    static String transitWords(String text) {
        if (text == null) {
            return "";
        }
        if (text.matches("[0-9.]+")) {
            return text + " d";
        }
        java.util.regex.Matcher dist = java.util.regex.Pattern.compile("\\{\\s*dist:\\s*([a-z_]+)(.*)}").matcher(text);
        if (!dist.matches()) {
            return text;
        }
        Map<String, String> keys = new java.util.LinkedHashMap<>();
        java.util.regex.Matcher kv = java.util.regex.Pattern.compile("([a-z_]+):\\s*([0-9.]+)").matcher(dist.group(2));
        while (kv.find()) {
            keys.put(kv.group(1), kv.group(2));
        }
        if (keys.containsKey("min") && keys.containsKey("max")) {
            return keys.get("min") + "–" + keys.get("max") + " d";
        }
        return keys.containsKey("mean") ? "mean " + keys.get("mean") + " d" : dist.group(1);
    }

    private static List<String> lines(Map<String, MetricStat> m, boolean warehouse) {
        if (m == null) {
            return List.of("no results");
        }
        MetricStat fill = m.getOrDefault("fill_rate", MetricStat.UNDEFINED);
        MetricStat backlog = m.getOrDefault("avg_backlog_units", MetricStat.UNDEFINED);
        String fillText = MetricInfo.of("fill_rate").format(fill.mean());
        String backlogText = MetricInfo.plain(backlog.defined() ? backlog.mean() : 0, false);
        return warehouse
                ? List.of("fill rate to stores " + fillText, "owed to stores " + backlogText + " units")
                : List.of("fill rate " + fillText, "backlog " + backlogText + " units");
    }

    private static void box(StringBuilder b, double x, double y, int w, String name, List<String> text) {
        b.append("<rect x=\"").append(fmt(x)).append("\" y=\"").append(fmt(y)).append("\" width=\"").append(w)
                .append("\" height=\"").append(BOX_H).append("\" rx=\"6\" fill=\"#ffffff\" stroke=\"#555555\"/>\n");
        b.append("<text x=\"").append(fmt(x + 8)).append("\" y=\"").append(fmt(y + 17)).append("\" class=\"nw-name\">")
                .append(esc(name)).append("</text>\n");
        for (int i = 0; i < text.size() && i < 3; i++) {
            b.append("<text x=\"").append(fmt(x + 8)).append("\" y=\"").append(fmt(y + 34 + 15 * i))
                    .append("\" class=\"nw-stat\">").append(esc(text.get(i))).append("</text>\n");
        }
    }

    private static void flow(StringBuilder b, double x0, double y0, double x1, double y1, double units,
                             double maxFlow, String colour, String label) {
        double width = maxFlow > 0 && units > 0 ? Math.max(MIN_STROKE, MAX_STROKE * units / maxFlow) : MIN_STROKE;
        double mid = (x0 + x1) / 2;
        b.append("<path d=\"M").append(fmt(x0)).append(' ').append(fmt(y0)).append(" C").append(fmt(mid)).append(' ')
                .append(fmt(y0)).append(' ').append(fmt(mid)).append(' ').append(fmt(y1)).append(' ')
                .append(fmt(x1 - 8)).append(' ').append(fmt(y1)).append("\" fill=\"none\" stroke=\"").append(colour)
                .append("\" stroke-opacity=\"0.55\" stroke-width=\"").append(fmt(width)).append("\"/>\n");
        b.append("<path d=\"M").append(fmt(x1 - 9)).append(' ').append(fmt(y1 - 6)).append(" L").append(fmt(x1))
                .append(' ').append(fmt(y1)).append(" L").append(fmt(x1 - 9)).append(' ').append(fmt(y1 + 6))
                .append(" Z\" fill=\"#555555\"/>\n");
        // units above the arrow's end, the label below it: on one line, the label of a store level
        // with the warehouse would run under the warehouse's box
        double clear = Math.max(6, width / 2 + 4);
        flowText(b, x1 - 14, y1 - clear, (Double.isNaN(units) ? "\u2014" : MetricInfo.plain(units, false)) + " units");
        if (!label.isEmpty()) {
            flowText(b, x1 - 14, y1 + clear + 10, label);
        }
    }

    private static void flowText(StringBuilder b, double x, double y, String text) {
        b.append("<text x=\"").append(fmt(x)).append("\" y=\"").append(fmt(y))
                .append("\" text-anchor=\"end\" class=\"nw-flow\">").append(esc(text)).append("</text>\n");
    }

    /** Units that arrived at a location in one replication: what it ordered from upstream. */
    private static double units(Map<String, Map<String, MetricStat>> stats, Place s) {
        Map<String, MetricStat> m = stats.get(s.name());
        return m == null ? Double.NaN : m.getOrDefault("units_ordered", MetricStat.UNDEFINED).mean();
    }

    private static double maxFlow(List<Place> sites, Map<String, Map<String, MetricStat>> stats) {
        double max = 0;
        for (Place s : sites) {
            double u = units(stats, s);
            if (Double.isFinite(u) && u > max) {
                max = u;
            }
        }
        return max;
    }

    private static String fmt(double v) {
        return MetricInfo.number(v, "0.#");
    }
}
