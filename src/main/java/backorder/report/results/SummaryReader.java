package backorder.report.results;

import backorder.metric.Constraint;
import backorder.metric.Objective;
import backorder.scenario.InputLimits;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Parses summary.json into the manifest, objective, disruptions, per-policy metrics and, when present, comparisons. */
final class SummaryReader {

    private final Path file;

    private SummaryReader(Path file) {
        this.file = file;
    }

    /** What summary.json holds, before the CSV files are added. */
    record Parsed(RunManifest manifest, Objective objective, List<DisruptionWindow> disruptions,
                  List<PolicyResult> policies, PolicyComparisons comparisons, NetworkLayout network,
                  Map<String, List<LocationMetrics>> locationMetrics) { }

    /** Reads and checks the file; every problem becomes an IOException naming the file and the field. */
    static Parsed read(Path file) throws IOException {
        return new SummaryReader(file).parse();
    }

    private Parsed parse() throws IOException {
        JsonNode root;
        List<List<SummaryStream.Product>> products = null;
        try {
            String text = Files.readString(file);
            var split = SummaryStream.read(text);
            if (split.isPresent()) {
                root = split.get().root();
                products = split.get().products();
            } else {
                root = JsonTree.parse(text);
            }
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IOException(file + ": not UTF-8 text (a binary or damaged file)", e);
        } catch (JacksonException e) {
            String at = e.getLocation() == null ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
            throw new IOException(file + ": not valid JSON" + at + ": " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw fail("", "expected a JSON object");
        }
        List<PolicyResult> policies = policies(root, products);
        RunManifest manifest = new RunManifest(
                text(root, "scenario", true), text(root, "description", false),
                JsonTree.text(root.path("seed")),
                (int) number(root, "replications", true), number(root, "horizon_days", true),
                orZero(number(root, "warmup_days", false)), text(root, "engine_version", false),
                text(root, "scenario_sha256", false), text(root, "scenario_file", false),
                overrides(root.path("overrides")), productCount(root, policies),
                text(root, "warmup_method", false), precision(root.path("precision")),
                text(root, "currency", false));
        if (!(manifest.horizonDays() > manifest.warmupDays())) {
            throw fail("horizon_days", "must be greater than warmup_days");
        }
        NetworkLayout network = network(root.path("network"));
        return new Parsed(manifest, objective(root.path("objective")), disruptions(root), policies,
                comparisons(root), network, network == null ? Map.of() : locationMetrics(root));
    }

    /** The optional "network" layout (SPEC §7); null when the run had no locations. */
    private NetworkLayout network(JsonNode node) throws IOException {
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        JsonNode array = node.path("locations");
        if (!array.isArray() || array.isEmpty()) {
            throw fail("network.locations", "expected a non-empty array");
        }
        List<NetworkLayout.Place> places = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode l = array.get(i);
            String w = "network.locations[" + i + "]";
            places.add(new NetworkLayout.Place(name(l, "name", w), nullableText(l, "replenished_from", w),
                    nullableText(l, "transit_days", w), nullable(l, "demand_share", w)));
        }
        return new NetworkLayout(places);
    }

    /** An optional text field: null when it is null or absent. */
    private String nullableText(JsonNode node, String field, String where) throws IOException {
        JsonNode v = node.path(field);
        return v.isMissingNode() || v.isNull() ? null : text(node, field, false, where);
    }

    /** Each policy's "locations" metrics, by policy name. */
    private Map<String, List<LocationMetrics>> locationMetrics(JsonNode root) throws IOException {
        Map<String, List<LocationMetrics>> out = new LinkedHashMap<>();
        JsonNode array = root.path("policies");
        for (int i = 0; i < array.size(); i++) {
            JsonNode p = array.get(i);
            String where = "policies[" + i + "].locations";
            JsonNode locations = p.path("locations");
            if (!locations.isArray()) {
                throw fail(where, "expected an array of locations (the run has a network)");
            }
            List<LocationMetrics> own = new ArrayList<>();
            for (int k = 0; k < locations.size(); k++) {
                String lw = where + "[" + k + "]";
                own.add(new LocationMetrics(name(locations.get(k), "name", lw),
                        metrics(locations.get(k).path("metrics"), lw + ".metrics")));
            }
            out.put(p.path("name").asText(), own);
        }
        return out;
    }

    /** The optional "comparisons" and "ranking" arrays (files from before SPEC §5 have neither). */
    private PolicyComparisons comparisons(JsonNode root) throws IOException {
        List<ComparisonRow> rows = new ArrayList<>();
        JsonNode array = root.path("comparisons");
        for (int i = 0; i < array.size(); i++) {
            JsonNode c = array.get(i);
            String w = "comparisons[" + i + "]";
            rows.add(new ComparisonRow(text(c, "policy", true, w), text(c, "baseline", true, w),
                    text(c, "metric", true, w), nullable(c, "mean_diff", w), nullable(c, "sd_diff", w),
                    nullable(c, "ci95_low", w), nullable(c, "ci95_high", w), nullable(c, "p_value", w),
                    nullable(c, "p_adjusted", w)));
        }
        List<RankEntry> ranking = new ArrayList<>();
        JsonNode ranks = root.path("ranking");
        for (int i = 0; i < ranks.size(); i++) {
            JsonNode e = ranks.get(i);
            String w = "ranking[" + i + "]";
            ranking.add(new RankEntry(text(e, "policy", true, w), (int) number(e, "rank", true, w),
                    e.path("distinguishable_from_best").asBoolean(false),
                    e.path("meets_constraints").asBoolean(true)));
        }
        return new PolicyComparisons(rows, ranking);
    }

    /** The policies; their products from {@code streamed} (by policy index) when not null, else from the tree. */
    private List<PolicyResult> policies(JsonNode root, List<List<SummaryStream.Product>> streamed)
            throws IOException {
        JsonNode array = root.path("policies");
        if (!array.isArray() || array.isEmpty()) {
            throw fail("policies", "expected a non-empty array");
        }
        List<PolicyResult> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode p = array.get(i);
            String where = "policies[" + i + "]";
            String name = name(p, "name", where);
            if (!seen.add(name)) {
                throw fail(where + ".name", "duplicate policy name '" + name + "'");
            }
            List<ProductResult> products = new ArrayList<>();
            Map<String, LevelsUsed> levels = levels(p.path("derived"), where + ".derived");
            if (streamed != null) {
                for (SummaryStream.Product product : streamed.get(i)) {
                    products.add(new ProductResult(product.sku(), product.metrics(),
                            levels.getOrDefault(product.sku(), LevelsUsed.NONE)));
                }
            } else {
                JsonNode prods = p.path("products");
                for (int k = 0; k < prods.size(); k++) {
                    String pw = where + ".products[" + k + "]";
                    String sku = name(prods.get(k), "sku", pw);
                    products.add(new ProductResult(sku, metrics(prods.get(k).path("metrics"), pw + ".metrics"),
                            levels.getOrDefault(sku, LevelsUsed.NONE)));
                }
            }
            out.add(new PolicyResult(name, text(p, "type", false, where),
                    metrics(p.path("metrics"), where + ".metrics"), products));
        }
        return out;
    }

    private Map<String, MetricStat> metrics(JsonNode node, String where) throws IOException {
        if (!node.isObject()) {
            throw fail(where, "expected an object of metrics");
        }
        Map<String, MetricStat> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            JsonNode m = e.getValue();
            if (!m.isObject()) {
                throw fail(where + "." + e.getKey(), "expected {mean, sd, ci95_low, ci95_high}");
            }
            double mean = stat(m.get("mean"));
            double sd = stat(m.get("sd"));
            double low = stat(m.get("ci95_low"));
            double high = stat(m.get("ci95_high"));
            if (mean != mean || sd != sd || low != low || high != high) {
                // a null or a bad value: the checking path names the field (rare, so its strings are built here)
                String w = where + "." + e.getKey();
                mean = nullable(m, "mean", w);
                sd = nullable(m, "sd", w);
                low = nullable(m, "ci95_low", w);
                high = nullable(m, "ci95_high", w);
            }
            out.put(e.getKey(), new MetricStat(mean, sd, low, high));
        }
        return out;
    }

    /** A finite number's value, else NaN (absent, null or not a finite number: {@link #nullable} tells which). */
    private static double stat(JsonNode v) {
        if (v != null && v.isNumber()) {
            double d = v.doubleValue();
            return Double.isFinite(d) ? d : Double.NaN;
        }
        return Double.NaN;
    }

    private Objective objective(JsonNode node) throws IOException {
        if (node.isMissingNode() || node.isNull()) {
            return Objective.DEFAULT;
        }
        String metric = node.path("metric").isTextual() ? node.get("metric").asText() : Objective.DEFAULT.metric();
        boolean minimize = node.path("direction").isTextual()
                ? "min".equals(node.get("direction").asText())
                : !node.path("minimize").isBoolean() || node.get("minimize").asBoolean();
        List<Constraint> constraints = new ArrayList<>();
        for (JsonNode c : node.path("constraints")) {
            try {
                constraints.add(Constraint.parse(c.asText()));
            } catch (IllegalArgumentException e) {
                throw fail("objective.constraints", e.getMessage());
            }
        }
        double tol = nullable(node, "fill_rate_tolerance", "objective");
        return new Objective(metric, minimize, constraints, tol);
    }

    private List<DisruptionWindow> disruptions(JsonNode root) throws IOException {
        List<DisruptionWindow> out = new ArrayList<>();
        JsonNode array = root.path("disruptions");
        for (int i = 0; i < array.size(); i++) {
            JsonNode d = array.get(i);
            String where = "disruptions[" + i + "]";
            String type = text(d, "type", false, where);
            String label = text(d, "label", false, where);
            out.add(new DisruptionWindow(type, label.isEmpty() ? type : label,
                    number(d, "start_day", true, where), number(d, "end_day", true, where),
                    d.path("recurring").asBoolean(false)));
        }
        return out;
    }

    private RunManifest.Precision precision(JsonNode node) throws IOException {
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            throw fail("precision", "expected {metric, target, achieved, reached}");
        }
        return new RunManifest.Precision(text(node, "metric", true, "precision"),
                number(node, "target", true, "precision"), nullable(node, "achieved", "precision"),
                node.path("reached").asBoolean(false));
    }

    private static Map<String, String> overrides(JsonNode node) {
        Map<String, String> out = new LinkedHashMap<>();
        if (node.isObject()) {
            node.properties().forEach(e -> out.put(e.getKey(), JsonTree.text(e.getValue())));
        }
        return out;
    }

    private int productCount(JsonNode root, List<PolicyResult> policies) throws IOException {
        double n = number(root, "product_count", false);
        return Double.isNaN(n) ? policies.get(0).products().size() : (int) n;
    }

    private String text(JsonNode node, String field, boolean required) throws IOException {
        return text(node, field, required, "");
    }

    private String text(JsonNode node, String field, boolean required, String where) throws IOException {
        JsonNode v = node.path(field);
        if (v.isMissingNode() || v.isNull()) {
            if (required) {
                throw fail(join(where, field), "missing");
            }
            return "";
        }
        if (!v.isValueNode()) {
            throw fail(join(where, field), "expected text, got " + JsonTree.text(v));
        }
        return v.asText();
    }

    /**
     * A required name (policy, sku, location) of at most the scenario's limit: a longer one cannot
     * come from a run, and would keep the chart writer's text wrapping busy.
     */
    private String name(JsonNode node, String field, String where) throws IOException {
        String name = text(node, field, true, where);
        if (name.length() > InputLimits.MAX_NAME_CHARS) {
            throw fail(join(where, field), "a name of " + name.length() + " characters; a scenario's"
                    + " names have at most " + InputLimits.MAX_NAME_CHARS);
        }
        return name;
    }

    private double number(JsonNode node, String field, boolean required) throws IOException {
        return number(node, field, required, "");
    }

    private double number(JsonNode node, String field, boolean required, String where) throws IOException {
        double v = nullable(node, field, where);
        if (required && Double.isNaN(v)) {
            throw fail(join(where, field), "missing; expected a number");
        }
        return v;
    }

    /** SPEC §5 {@code derived}, by sku (empty for files written before it). */
    private Map<String, LevelsUsed> levels(JsonNode derived, String where) throws IOException {
        Map<String, LevelsUsed> out = new HashMap<>();
        for (int k = 0; k < derived.size(); k++) {
            JsonNode d = derived.get(k);
            String w = where + "[" + k + "]";
            out.put(text(d, "sku", true, w), new LevelsUsed(nullable(d, "reorder_point", w),
                    nullable(d, "order_quantity", w), nullable(d, "order_up_to", w), nullable(d, "safety_stock", w)));
        }
        return out;
    }

    private double nullable(JsonNode node, String field, String where) throws IOException {
        JsonNode v = node.path(field);
        if (v.isMissingNode() || v.isNull()) {
            return Double.NaN;
        }
        if (!v.isNumber() || !Double.isFinite(v.asDouble())) {
            throw fail(join(where, field), "expected a finite number or null, got " + JsonTree.text(v));
        }
        return v.asDouble();
    }

    private static double orZero(double v) {
        return Double.isNaN(v) ? 0.0 : v;
    }

    private static String join(String where, String field) {
        return where.isEmpty() ? field : where + "." + field;
    }

    private IOException fail(String where, String message) {
        return new IOException(file + ": " + (where.isEmpty() ? "" : where + ": ") + message);
    }
}
