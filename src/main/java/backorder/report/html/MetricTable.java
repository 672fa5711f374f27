package backorder.report.html;

import backorder.metric.Metric;
import backorder.metric.Metric.Direction;
import backorder.report.results.MetricInfo;
import backorder.report.results.MetricStat;
import backorder.report.results.PolicyResult;
import backorder.report.results.ProductResult;
import backorder.report.results.RunResults;
import static backorder.report.html.Html.esc;

import backorder.report.chart.PolicyPalette;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The full metric table (metrics as rows, policies as columns, best per row marked) and the per-product table. */
final class MetricTable {

    /** At most this many products are listed in the per-product table. */
    static final int MAX_PRODUCTS = 25;

    private MetricTable() { }

    /** Every metric of summary.json in file order, each policy's mean and 95% CI, the best of each row bold. */
    static String render(RunResults r, PolicyPalette palette) {
        StringBuilder b = new StringBuilder("<section id=\"metrics\">\n<h2>All metrics</h2>\n")
                .append("<p class=\"note\">Mean across ").append(r.manifest().replications())
                .append(" replications with its 95% confidence interval underneath. The best value of each row "
                        + "is <span class=\"best-key\">highlighted</span> where higher or lower is clearly better; "
                        + "&#8212; means no observations.</p>\n");
        b.append(Html.openTable("metrics") + "\n<thead><tr><th>Metric</th><th>Unit</th>");
        for (PolicyResult p : r.policies()) {
            b.append("<th>").append(Html.policy(palette, p.name())).append("</th>");
        }
        b.append("</tr></thead>\n<tbody>\n");
        for (String name : r.metricNames()) {
            MetricInfo info = r.info(name);
            List<MetricStat> stats = new ArrayList<>();
            r.policies().forEach(p -> stats.add(p.metric(name)));
            double best = best(info, stats);
            b.append("<tr><th scope=\"row\">").append(esc(info.label())).append(direction(info)).append(" <code>")
                    .append(esc(name)).append("</code></th><td class=\"unit\">")
                    .append(esc(info.unit())).append("</td>");
            for (MetricStat s : stats) {
                boolean isBest = !Double.isNaN(best) && s.defined() && s.mean() == best;
                b.append(isBest ? "<td class=\"best\">" : "<td>").append(info.format(s.mean()));
                if (s.hasCi()) {
                    b.append("<span class=\"ci\">").append(info.format(s.ci95Low())).append(" to ")
                            .append(info.format(s.ci95High())).append("</span>");
                }
                b.append("</td>");
            }
            b.append("</tr>\n");
        }
        return b.append("</tbody>\n" + Html.CLOSE_TABLE + "\n</section>\n").toString();
    }

    /** Products with the most backorders under the recommended policy (only when there are several products). */
    static String renderProducts(RunResults r, PolicyPalette palette, String focus) {
        Map<String, Map<String, ProductResult>> bySku = new LinkedHashMap<>();
        for (PolicyResult p : r.policies()) {
            for (ProductResult pr : p.products()) {
                bySku.computeIfAbsent(pr.sku(), k -> new LinkedHashMap<>()).put(p.name(), pr);
            }
        }
        boolean levels = r.policies().stream().flatMap(p -> p.products().stream())
                .anyMatch(pr -> pr.levels().defined());
        if (bySku.size() < 2 && !levels) {
            return "";
        }
        List<String> skus = new ArrayList<>(bySku.keySet());
        skus.sort(Comparator.comparingDouble((String sku) -> {
            ProductResult pr = bySku.get(sku).get(focus);
            double v = pr == null ? Double.NaN : pr.metric(Metric.BACKORDERS.key()).mean();
            return Double.isFinite(v) ? -v : Double.POSITIVE_INFINITY;
        }).thenComparing(Comparator.naturalOrder()));
        int shown = Math.min(MAX_PRODUCTS, skus.size());
        StringBuilder b = new StringBuilder("<section id=\"products\">\n<h2>By product</h2>\n<p class=\"note\">")
                .append(shown < skus.size() ? "The " + shown + " of " + skus.size() + " products" : "Products")
                .append(" with the most backorders under ").append(esc(focus))
                .append(": fill rate and backorders (mean across replications) per policy")
                .append(levels ? ", and the levels each policy used (units of inventory position; a service level"
                        + " or days of cover become these)" : "").append(".</p>\n")
                .append(Html.openTable("products") + "\n<thead><tr><th rowspan=\"2\">SKU</th>");
        for (PolicyResult p : r.policies()) {
            b.append("<th class=\"group\" colspan=\"").append(levels ? 3 : 2).append("\">")
                    .append(Html.policy(palette, p.name())).append("</th>");
        }
        // a second row names each policy's columns: the fill rate was a bare "78.4%" under the policy's name
        b.append("</tr>\n<tr>");
        String columns = "<th>Fill rate</th><th>Backorders</th>" + (levels ? "<th>Levels used</th>" : "");
        b.append(columns.repeat(r.policies().size())).append("</tr></thead>\n<tbody>\n");
        MetricInfo fill = MetricInfo.of(Metric.FILL_RATE);
        MetricInfo bo = MetricInfo.of(Metric.BACKORDERS);
        for (String sku : skus.subList(0, shown)) {
            b.append("<tr><th scope=\"row\">").append(esc(sku)).append("</th>");
            for (PolicyResult p : r.policies()) {
                ProductResult pr = bySku.get(sku).get(p.name());
                b.append("<td>").append(pr == null ? "&#8212;" : fill.format(pr.metric(fill.name()).mean()))
                        .append("</td><td>").append(pr == null ? "&#8212;" : bo.format(pr.metric(bo.name()).mean()))
                        .append("</td>");
                if (levels) {
                    String used = pr == null ? "" : pr.levels().describe();
                    b.append("<td class=\"levels\">").append(used.isEmpty() ? "&#8212;" : esc(used)).append("</td>");
                }
            }
            b.append("</tr>\n");
        }
        return b.append("</tbody>\n" + Html.CLOSE_TABLE + "\n</section>\n").toString();
    }

    private static String direction(MetricInfo info) {
        if (info.direction() == Direction.NEITHER) {
            return "";
        }
        return info.direction() == Direction.HIGHER_IS_BETTER
                ? " <span class=\"dir\" title=\"higher is better\">&#8593;</span>"
                : " <span class=\"dir\" title=\"lower is better\">&#8595;</span>";
    }

    /** The best mean of the row, or NaN when the metric has no direction or fewer than two distinct values. */
    private static double best(MetricInfo info, List<MetricStat> stats) {
        if (info.direction() == Direction.NEITHER) {
            return Double.NaN;
        }
        double[] v = stats.stream().filter(MetricStat::defined).mapToDouble(MetricStat::mean).toArray();
        if (v.length < 2) {
            return Double.NaN;
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double x : v) {
            min = Math.min(min, x);
            max = Math.max(max, x);
        }
        if (min == max) {
            return Double.NaN;
        }
        return info.direction() == Direction.HIGHER_IS_BETTER ? max : min;
    }
}
