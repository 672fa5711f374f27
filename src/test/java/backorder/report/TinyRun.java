package backorder.report;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a small hand-made run directory: per-replication values of a few metrics per policy become
 * summary.json (means and Student-t CIs), replications.csv and minimal timeseries/histogram files.
 */
public final class TinyRun {

    private String scenario = "tiny";
    private String description = "A hand-made run.";
    private String objectiveMetric = "total_cost";
    private boolean minimize = true;
    private double tolerance = 0.01;
    private final Map<String, Map<String, double[]>> policies = new LinkedHashMap<>();
    private final List<String> skus = new ArrayList<>(List.of("SKU-1"));

    /** Sets the scenario name (may contain markup characters, to test escaping). */
    public TinyRun scenario(String name, String text) {
        this.scenario = name;
        this.description = text;
        return this;
    }

    /** Sets the objective of summary.json. */
    public TinyRun objective(String metric, boolean min, double fillRateTolerance) {
        this.objectiveMetric = metric;
        this.minimize = min;
        this.tolerance = fillRateTolerance;
        return this;
    }

    /** Sets the product SKUs (each gets the policy's metrics). */
    public TinyRun skus(String... names) {
        skus.clear();
        skus.addAll(List.of(names));
        return this;
    }

    /** Adds a policy; {@code metricThenValues} alternates a metric name and its per-replication values. */
    public TinyRun policy(String name, Object... metricThenValues) {
        Map<String, double[]> m = new LinkedHashMap<>();
        for (int i = 0; i < metricThenValues.length; i += 2) {
            m.put((String) metricThenValues[i], (double[]) metricThenValues[i + 1]);
        }
        policies.put(name, m);
        return this;
    }

    /** Writes summary.json, summary.csv, replications.csv, timeseries.csv and wait_histogram.csv. */
    public Path writeTo(Path dir) throws IOException {
        Files.createDirectories(dir);
        JsonMapper json = new JsonMapper();
        ObjectNode root = json.createObjectNode();
        root.put("scenario", scenario);
        root.put("description", description);
        root.put("seed", 7);
        int reps = policies.values().iterator().next().values().iterator().next().length;
        root.put("replications", reps);
        root.put("horizon_days", 10.0);
        root.put("warmup_days", 0.0);
        root.put("engine_version", "test");
        root.put("scenario_sha256", "00");
        root.put("scenario_file", "tiny.yaml");
        root.putObject("overrides").putNull("seed");
        ObjectNode obj = root.putObject("objective");
        obj.put("metric", objectiveMetric);
        obj.put("minimize", minimize);
        obj.put("fill_rate_tolerance", tolerance);
        root.put("product_count", skus.size());
        ArrayNode d = root.putArray("disruptions");
        ObjectNode w = d.addObject();
        w.put("type", "demand_spike");
        w.put("label", "spike <x2> & more");
        w.put("start_day", 2.0);
        w.put("end_day", 4.0);
        w.put("recurring", false);
        ArrayNode ps = root.putArray("policies");
        Set<String> metrics = new LinkedHashSet<>();
        StringBuilder ts = new StringBuilder("policy,day,series,mean,p10,p50,p90\n");
        StringBuilder wh = new StringBuilder("policy,bin_low_days,bin_high_days,orders\n");
        for (Map.Entry<String, Map<String, double[]>> e : policies.entrySet()) {
            metrics.addAll(e.getValue().keySet());
            ObjectNode p = ps.addObject();
            p.put("name", e.getKey());
            p.put("type", "reorder_point");
            ObjectNode ms = p.putObject("metrics");
            e.getValue().forEach((metric, values) -> put(ms, metric, values));
            ArrayNode prods = p.putArray("products");
            for (String sku : skus) {
                ObjectNode pr = prods.addObject();
                pr.put("sku", sku);
                ObjectNode pm = pr.putObject("metrics");
                e.getValue().forEach((metric, values) -> put(pm, metric, values));
            }
            for (int day = 0; day < 10; day++) {
                for (String s : new String[] {"on_hand", "backlog_units", "backorders_cum"}) {
                    ts.append(e.getKey()).append(',').append(day).append(',').append(s).append(',')
                            .append(day).append(',').append(day * 0.5).append(',').append(day).append(',')
                            .append(day * 1.5).append('\n');
                }
            }
            wh.append(e.getKey()).append(",0,1,3.5\n").append(e.getKey()).append(",1,inf,1.25\n");
        }
        Files.writeString(dir.resolve("summary.json"), json.writeValueAsString(root), StandardCharsets.UTF_8);
        StringBuilder rc = new StringBuilder("policy,replication," + String.join(",", metrics) + "\n");
        StringBuilder sc = new StringBuilder("policy,metric,mean,sd,ci95_low,ci95_high\n");
        for (Map.Entry<String, Map<String, double[]>> e : policies.entrySet()) {
            for (int r = 0; r < reps; r++) {
                rc.append(e.getKey()).append(',').append(r);
                for (String m : metrics) {
                    double[] v = e.getValue().get(m);
                    rc.append(',').append(v == null || Double.isNaN(v[r]) ? "" : String.valueOf(v[r]));
                }
                rc.append('\n');
            }
            e.getValue().forEach((m, v) -> {
                double[] s = FixtureGenerator.stats(v);
                sc.append(e.getKey()).append(',').append(m).append(',').append(FixtureGenerator.cell(s[0])).append(',')
                        .append(FixtureGenerator.cell(s[1])).append(',').append(FixtureGenerator.cell(s[2]))
                        .append(',').append(FixtureGenerator.cell(s[3])).append('\n');
            });
        }
        Files.writeString(dir.resolve("replications.csv"), rc, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("summary.csv"), sc, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("timeseries.csv"), ts, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("wait_histogram.csv"), wh, StandardCharsets.UTF_8);
        return dir;
    }

    private static void put(ObjectNode metrics, String metric, double[] values) {
        double[] s = FixtureGenerator.stats(values);
        ObjectNode m = metrics.putObject(metric);
        for (int i = 0; i < 4; i++) {
            String key = new String[] {"mean", "sd", "ci95_low", "ci95_high"}[i];
            if (Double.isFinite(s[i])) {
                m.put(key, s[i]);
            } else {
                m.putNull(key);
            }
        }
    }

    /** {@code n} copies of {@code v}. */
    public static double[] same(int n, double v) {
        double[] a = new double[n];
        java.util.Arrays.fill(a, v);
        return a;
    }

    /** {@code base + i * step} for i = 0..n-1. */
    public static double[] ramp(int n, double base, double step) {
        double[] a = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = base + i * step;
        }
        return a;
    }
}
