package backorder.report;

import backorder.experiment.DailyBands;
import backorder.experiment.ExperimentResult;
import backorder.experiment.PolicyResult;
import backorder.experiment.RunPlan;
import backorder.experiment.Tally;
import backorder.metric.Constraint;
import backorder.metric.Metric;
import backorder.metric.Objective;
import backorder.model.DailySeries;
import backorder.model.DisruptionWindow;
import backorder.model.ReplicationResult;
import backorder.scenario.Dist;
import backorder.scenario.Product;
import backorder.scenario.Scenario;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A run directory with hand-chosen per-replication values, written by the real writers
 * ({@link SummaryJson}, {@link CsvResults}) so its files have exactly the shape a run produces:
 * every catalogue metric is present, those not given have no observations.
 *
 * <p>The money identities of SPEC §4-§5 hold in what it writes: a policy given {@code profit} but
 * not {@code net_value} gets {@code net_value = profit - backorder_cost - lost_customer_value}
 * (those two written as 0 when not given), and values given for every term of an identity
 * (profit, total_cost, net_value) must satisfy it, so the ranking the writers compute is the one
 * the values imply.
 */
public final class TinyRun {

    private static final int DAYS = 10;

    private String scenario = "tiny";
    private String description = "A hand-made run.";
    private Objective objective = Objective.DEFAULT;
    private String currency;
    private final Map<String, Map<Metric, double[]>> policies = new LinkedHashMap<>();
    private final List<String> skus = new ArrayList<>(List.of("SKU-1"));
    private String disruptionLabel = "spike <x2> & more";

    /** Sets the scenario name (may contain markup characters, to test escaping). */
    public TinyRun scenario(String name, String text) {
        this.scenario = name;
        this.description = text;
        return this;
    }

    /** Sets the objective of summary.json (the metric may be one the catalogue does not know). */
    public TinyRun objective(String metric, boolean min, double fillRateTolerance) {
        this.objective = new Objective(metric, min, objective.constraints(), fillRateTolerance);
        return this;
    }

    /** Sets the objective's constraints, each as a scenario writes it ("fill_rate >= 0.95"). */
    public TinyRun constraints(String... expressions) {
        List<Constraint> parsed = Arrays.stream(expressions).map(Constraint::parse).toList();
        this.objective = new Objective(objective.metric(), objective.minimize(), parsed,
                objective.fillRateTolerance());
        return this;
    }

    /** Sets the scenario's currency ("EUR", "$"; null: none). */
    public TinyRun currency(String code) {
        this.currency = code;
        return this;
    }

    /** Sets the label of the run's one disruption window (may contain markup or control characters). */
    public TinyRun disruptionLabel(String label) {
        this.disruptionLabel = label;
        return this;
    }

    /** Sets the product SKUs (each gets the policy's metrics). */
    public TinyRun skus(String... names) {
        skus.clear();
        skus.addAll(List.of(names));
        return this;
    }

    /** Adds a policy; {@code metricThenValues} alternates a metric key and its per-replication values. */
    public TinyRun policy(String name, Object... metricThenValues) {
        Map<Metric, double[]> m = new LinkedHashMap<>();
        for (int i = 0; i < metricThenValues.length; i += 2) {
            String key = (String) metricThenValues[i];
            m.put(Metric.byKey(key).orElseThrow(() -> new IllegalArgumentException("no metric " + key)),
                    (double[]) metricThenValues[i + 1]);
        }
        policies.put(name, coherent(name, m));
        return this;
    }

    /** Derives net value from profit when not given, and checks identities whose terms are all given. */
    private static Map<Metric, double[]> coherent(String policy, Map<Metric, double[]> m) {
        if (m.containsKey(Metric.PROFIT) && !m.containsKey(Metric.NET_VALUE)) {
            int n = m.get(Metric.PROFIT).length;
            m.putIfAbsent(Metric.BACKORDER_COST, same(n, 0));
            m.putIfAbsent(Metric.LOST_CUSTOMER_VALUE, same(n, 0));
            m.put(Metric.NET_VALUE, sum(m, 1, Metric.PROFIT, -1, Metric.BACKORDER_COST, -1,
                    Metric.LOST_CUSTOMER_VALUE));
        }
        check(policy, m, Metric.PROFIT, sum(m, 1, Metric.REVENUE, -1, Metric.PURCHASE_COST, -1,
                Metric.ORDERING_COST, -1, Metric.HOLDING_COST));
        check(policy, m, Metric.TOTAL_COST, sum(m, 1, Metric.PURCHASE_COST, 1, Metric.ORDERING_COST, 1,
                Metric.HOLDING_COST, 1, Metric.BACKORDER_COST));
        check(policy, m, Metric.NET_VALUE, sum(m, 1, Metric.PROFIT, -1, Metric.BACKORDER_COST, -1,
                Metric.LOST_CUSTOMER_VALUE));
        return m;
    }

    /** Fails when {@code result} is given and differs from {@code expected} (null: a term not given). */
    private static void check(String policy, Map<Metric, double[]> m, Metric result, double[] expected) {
        double[] given = m.get(result);
        if (given == null || expected == null) {
            return;
        }
        for (int r = 0; r < given.length; r++) {
            if (Math.abs(given[r] - expected[r]) > 1e-9 * Math.max(1, Math.abs(expected[r]))) {
                throw new IllegalArgumentException(policy + ": " + result.key() + " " + given[r]
                        + " contradicts its terms (" + expected[r] + ") in replication " + r);
            }
        }
    }

    /** The signed sum of metrics ({@code sign, metric, sign, metric, ...}) by replication; null unless all given. */
    private static double[] sum(Map<Metric, double[]> m, Object... signThenMetric) {
        double[] out = null;
        for (int k = 0; k < signThenMetric.length; k += 2) {
            double[] v = m.get((Metric) signThenMetric[k + 1]);
            if (v == null) {
                return null;
            }
            out = out == null ? new double[v.length] : out;
            for (int r = 0; r < out.length; r++) {
                out[r] += (Integer) signThenMetric[k] * v[r];
            }
        }
        return out;
    }

    /** Writes summary.json, summary.csv, replications.csv, timeseries.csv and wait_histogram.csv. */
    public Path writeTo(Path dir) throws IOException {
        Files.createDirectories(dir);
        ExperimentResult result = result();
        SummaryJson.write(result, dir.resolve("summary.json"));
        CsvResults.writeAll(result, dir);
        if (Metric.byKey(objective.metric()).isEmpty()) {
            nameUnknownObjective(dir.resolve("summary.json"));
        }
        return dir;
    }

    /** The run as the experiment hands it to the writers (and the terminal table). */
    public ExperimentResult result() {
        int reps = policies.values().iterator().next().values().iterator().next().length;
        List<Product> products = new ArrayList<>();
        for (String sku : skus) {
            products.add(new Product(sku, 10, 0, 0, 0, Product.OutOfStock.BACKORDER,
                    new Product.Demand(Product.Demand.Process.POISSON, 1, new double[] {1, 1, 1, 1, 1, 1, 1},
                            new int[0], Dist.constant(1)), Product.Customers.DEFAULT));
        }
        Scenario s = Scenario.builder(Path.of("tiny.yaml"), scenario).description(description)
                .horizonDays(DAYS).replications(reps).seed(7).products(products)
                .objective(Metric.byKey(objective.metric()).isPresent() ? objective : Objective.DEFAULT)
                .currency(currency)
                .sha256("00").build();
        List<PolicyResult> results = new ArrayList<>();
        policies.forEach((name, values) -> results.add(policyResult(name, values, reps)));
        List<DisruptionWindow> windows = List.of(
                new DisruptionWindow(0, "demand_spike@2", "demand_spike", disruptionLabel, 2.0, 4.0, false));
        return new ExperimentResult(RunPlan.of(s, null, null, 1, null), results, windows, 0, 0);
    }

    /** The writers rank on known metrics only; a file naming another one is edited in afterwards. */
    private void nameUnknownObjective(Path summary) throws IOException {
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        var root = (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(summary.toFile());
        ((com.fasterxml.jackson.databind.node.ObjectNode) root.get("objective")).put("metric", objective.metric());
        root.remove("ranking");
        mapper.writeValue(summary.toFile(), root);
    }

    private PolicyResult policyResult(String name, Map<Metric, double[]> values, int reps) {
        double[][] rows = new double[reps][Metric.COUNT];
        for (double[] row : rows) {
            Arrays.fill(row, Double.NaN);
        }
        values.forEach((m, v) -> {
            for (int r = 0; r < reps; r++) {
                rows[r][m.ordinal()] = v[r];
            }
        });
        Tally.Summary[] totals = new Tally.Summary[Metric.COUNT];
        for (int m = 0; m < Metric.COUNT; m++) {
            Tally t = new Tally();
            for (double[] row : rows) {
                t.add(row[m]);
            }
            totals[m] = t.summary();
        }
        Tally.Summary[][] perProduct = new Tally.Summary[skus.size()][];
        Arrays.fill(perProduct, totals);
        double[] waits = new double[ReplicationResult.WAIT_BINS + 1];
        waits[0] = 3.5;
        waits[ReplicationResult.WAIT_BINS] = 1.25;
        return new PolicyResult(name, "reorder_point", totals, perProduct, rows, bands(), waits, List.copyOf(skus));
    }

    /** Every daily series rises by one a day, with p10 and p90 at half and one and a half times it. */
    private static DailyBands bands() {
        double[][][] b = new double[4][DailySeries.COUNT][DAYS];
        double[] scale = {1, 0.5, 1, 1.5};
        for (int k = 0; k < 4; k++) {
            for (int s = 0; s < DailySeries.COUNT; s++) {
                for (int d = 0; d < DAYS; d++) {
                    b[k][s][d] = d * scale[k];
                }
            }
        }
        return new DailyBands(b[0], b[1], b[2], b[3]);
    }

    /** {@code n} copies of {@code v}. */
    public static double[] same(int n, double v) {
        double[] a = new double[n];
        Arrays.fill(a, v);
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
