package backorder.report;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * Writes the report fixture (summary.json and the four CSVs) from a tiny day-stepped inventory model,
 * so the numbers are plausible and consistent across files; run {@code main} to regenerate
 * {@code src/test/resources/report-fixture/}.
 *
 * <p>Scenario: 20 orders a day of a lamp, a decaying x6 demand spike on days 30–51 and a transit
 * closure of the primary supplier on days 90–95.2; "no-plan" has a thin reorder point, "safety-stock"
 * a generous one, "dual-sourcing" a thinner one plus expedited orders from a fast backup supplier.
 */
public final class FixtureGenerator {

    static final long SEED = 20261126L;
    static final int H = 180;
    static final int REPS = 40;
    static final double SPIKE_START = 30;
    static final double SPIKE_END = 51;
    static final double CLOSE_START = 90;
    static final double CLOSE_END = 95.2;
    static final String[] SERIES = {"on_hand", "backlog_units", "on_order", "backorders_cum",
        "cancellations_cum", "lost_customers_cum", "lost_sales_cum"};
    static final List<String> METRICS = List.of("orders", "units_demanded", "fill_rate", "backorders",
            "backordered_units", "lost_sales", "cancellations", "lost_customers", "complaints",
            "avg_backlog_units", "max_backlog_units", "avg_on_hand_units", "mean_backorder_wait_days",
            "purchase_orders", "units_ordered", "revenue", "purchase_cost", "ordering_cost", "holding_cost",
            "profit", "backorder_cost", "total_cost", "lost_customer_value", "worst_week_backorders",
            "recovery_days", "prepaid_revenue");

    /** A policy of the toy model. */
    record Spec(String name, String type, int reorderPoint, int quantity, boolean expedite) { }

    static final List<Spec> POLICIES = List.of(
            new Spec("no-plan", "reorder_point", 560, 720, false),
            new Spec("safety-stock", "reorder_point", 1500, 720, false),
            new Spec("dual-sourcing", "multi_supplier", 700, 720, true));

    /** One replication's outcome under one policy. */
    record Run(Map<String, Double> metrics, double[][] levels, List<Double> waits) { }

    private FixtureGenerator() { }

    /** Regenerates the fixture into the given directory (default: the test resources folder). */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "src/test/resources/report-fixture");
        write(out);
        System.out.println("fixture written to " + out.toAbsolutePath());
    }

    /** Simulates every policy and replication and writes the five result files. */
    public static void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Map<String, List<Run>> runs = new LinkedHashMap<>();
        for (Spec p : POLICIES) {
            List<Run> list = new ArrayList<>();
            for (int r = 0; r < REPS; r++) {
                list.add(simulate(p, r));
            }
            runs.put(p.name(), list);
        }
        writeSummary(dir, runs);
        writeTimeseries(dir, runs);
        writeHistogram(dir, runs);
        writeReplications(dir, runs);
    }

    // ---- the toy model ------------------------------------------------------------------------

    private static final class Order {
        final double t;
        final int units;
        final double patience;
        final boolean defectsOnCancel;
        boolean complained;

        Order(double t, int units, double patience, boolean defectsOnCancel) {
            this.t = t;
            this.units = units;
            this.patience = patience;
            this.defectsOnCancel = defectsOnCancel;
        }
    }

    static double rate(int day) {
        double m = day >= SPIKE_START && day < SPIKE_END ? 1 + 5 * Math.pow(2, -(day - SPIKE_START) / 4.0) : 1;
        return 20 * m;
    }

    static Run simulate(Spec p, int rep) {
        SplittableRandom demand = new SplittableRandom(SEED * 31 + rep * 1_000_003L);
        SplittableRandom leadPrimary = new SplittableRandom(SEED * 37 + rep * 1_000_033L);
        SplittableRandom leadBackup = new SplittableRandom(SEED * 41 + rep * 1_000_037L);
        int[] arrivals = new int[H + 200];
        int onHand = 300;
        int onOrder = 0;
        int backlogUnits = 0;
        ArrayDeque<Order> queue = new ArrayDeque<>();
        double[][] levels = new double[SERIES.length][H];
        List<Double> waits = new ArrayList<>();
        int[] ordersByDay = new int[H];
        int[] filledByDay = new int[H];
        int[] backordersByDay = new int[H];
        double orders = 0, units = 0, filled = 0, backorders = 0, boUnits = 0, lostSales = 0, cancels = 0;
        double lost = 0, complaints = 0, sumBacklog = 0, maxBacklog = 0, sumOnHand = 0, pos = 0, unitsOrdered = 0;
        double revenue = 0, purchase = 0, ordering = 0, holding = 0, boCost = 0, prepaid = 0;
        int lastBackupDay = -100;
        for (int d = 0; d < H; d++) {
            int in = arrivals[d];
            onHand += in;
            onOrder -= in;
            while (!queue.isEmpty() && queue.peekFirst().units <= onHand) {
                Order o = queue.pollFirst();
                onHand -= o.units;
                backlogUnits -= o.units;
                waits.add(d - o.t);
                revenue += 39.0 * o.units;
                prepaid += 39.0 * o.units;
            }
            for (Iterator<Order> it = queue.iterator(); it.hasNext(); ) {
                Order o = it.next();
                if (o.t + o.patience < d + 1) {
                    it.remove();
                    backlogUnits -= o.units;
                    cancels++;
                    if (o.defectsOnCancel) {
                        lost++;
                    }
                } else if (!o.complained && d + 1 - o.t >= 7) {
                    o.complained = true;
                    complaints++;
                }
            }
            int n = poisson(demand, rate(d));
            ordersByDay[d] = n;
            for (int k = 0; k < n; k++) {
                double t = d + demand.nextDouble();
                int u = demand.nextDouble() < 0.2 ? 2 : 1;
                boolean accepts = demand.nextDouble() < 0.9;
                double patience = -12 * Math.log(1 - demand.nextDouble());
                boolean defectCancel = demand.nextDouble() < 0.5;
                boolean defectStockout = demand.nextDouble() < 0.3;
                orders++;
                units += u;
                if (queue.isEmpty() && onHand >= u) {
                    onHand -= u;
                    filled++;
                    filledByDay[d]++;
                    revenue += 39.0 * u;
                } else if (accepts) {
                    queue.addLast(new Order(t, u, patience, defectCancel));
                    backlogUnits += u;
                    backorders++;
                    boUnits += u;
                    backordersByDay[d]++;
                } else {
                    lostSales++;
                    if (defectStockout) {
                        lost++;
                    }
                }
            }
            int position = onHand + onOrder - backlogUnits;
            if (position <= p.reorderPoint()) {
                int q = p.quantity() * (1 + (p.reorderPoint() - position) / p.quantity());
                int lead = 24 + leadPrimary.nextInt(9);
                int arrive = d + lead;
                if (arrive >= CLOSE_START && arrive < CLOSE_END) {
                    arrive = (int) Math.ceil(CLOSE_END + 3);
                }
                arrivals[arrive] += q;
                onOrder += q;
                pos++;
                unitsOrdered += q;
                purchase += 14.0 * q;
                ordering += 150;
                position += q;
            }
            if (p.expedite() && onHand - backlogUnits < 120 && d - lastBackupDay >= 4 && d < H - 6) {
                int q = 250;
                arrivals[d + 6 + leadBackup.nextInt(4)] += q;
                onOrder += q;
                pos++;
                unitsOrdered += q;
                purchase += 19.0 * q;
                ordering += 80;
                lastBackupDay = d;
            }
            holding += 0.03 * onHand;
            boCost += 0.5 * backlogUnits;
            sumBacklog += backlogUnits;
            sumOnHand += onHand;
            maxBacklog = Math.max(maxBacklog, backlogUnits);
            double[] level = {onHand, backlogUnits, onOrder, backorders, cancels, lost, lostSales};
            for (int s = 0; s < SERIES.length; s++) {
                levels[s][d] = level[s];
            }
        }
        Map<String, Double> m = new LinkedHashMap<>();
        double profit = revenue - purchase - ordering - holding;
        double total = purchase + ordering + holding + boCost;
        double[] values = {orders, units, filled / orders, backorders, boUnits, lostSales, cancels, lost, complaints,
            sumBacklog / H, maxBacklog, sumOnHand / H, waits.isEmpty() ? Double.NaN : mean(waits), pos, unitsOrdered,
            revenue, purchase, ordering, holding, profit, boCost, total, 120 * lost,
            worstWeek(backordersByDay), recovery(ordersByDay, filledByDay), prepaid};
        for (int i = 0; i < values.length; i++) {
            m.put(METRICS.get(i), values[i]);
        }
        return new Run(m, levels, waits);
    }

    static int poisson(SplittableRandom rnd, double lambda) {
        double l = Math.exp(-lambda);
        int k = 0;
        double prod = rnd.nextDouble();
        while (prod > l) {
            k++;
            prod *= rnd.nextDouble();
        }
        return k;
    }

    static double worstWeek(int[] perDay) {
        int best = 0;
        for (int d = 0; d < perDay.length; d++) {
            int s = 0;
            for (int k = Math.max(0, d - 6); k <= d; k++) {
                s += perDay[k];
            }
            best = Math.max(best, s);
        }
        return best;
    }

    static double recovery(int[] orders, int[] filled) {
        double sum = 0;
        int[] starts = {(int) SPIKE_START, (int) CLOSE_START};
        for (int s : starts) {
            double base = ratio(filled, orders, s - 14, s - 1);
            int dip = -1;
            for (int d = s; d < Math.min(H, s + 35) && dip < 0; d++) {
                if (ratio(filled, orders, d - 6, d) < base - 0.02) {
                    dip = d;
                }
            }
            double days = 0;
            if (dip >= 0) {
                days = H - s;
                for (int d = dip; d < H; d++) {
                    if (ratio(filled, orders, d - 6, d) >= base - 0.02) {
                        days = d + 1 - s;
                        break;
                    }
                }
            }
            sum += days;
        }
        return sum / starts.length;
    }

    static double ratio(int[] num, int[] den, int from, int to) {
        double a = 0, b = 0;
        for (int d = Math.max(0, from); d <= to; d++) {
            a += num[d];
            b += den[d];
        }
        return b == 0 ? 1 : a / b;
    }

    static double mean(List<Double> xs) {
        return xs.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }

    // ---- writing ------------------------------------------------------------------------------

    /** mean, sd, ci95_low, ci95_high over the finite values (NaN where undefined). */
    static double[] stats(double[] xs) {
        double[] v = Arrays.stream(xs).filter(Double::isFinite).toArray();
        int n = v.length;
        if (n == 0) {
            return new double[] {Double.NaN, Double.NaN, Double.NaN, Double.NaN};
        }
        double mean = Arrays.stream(v).average().orElseThrow();
        if (n == 1) {
            return new double[] {mean, Double.NaN, Double.NaN, Double.NaN};
        }
        double ss = 0;
        for (double x : v) {
            ss += (x - mean) * (x - mean);
        }
        double sd = Math.sqrt(ss / (n - 1));
        double half = new TDistribution(n - 1).inverseCumulativeProbability(0.975) * sd / Math.sqrt(n);
        return new double[] {mean, sd, mean - half, mean + half};
    }

    static Double round(double x) {
        return Double.isFinite(x) ? new BigDecimal(x).round(new MathContext(7)).doubleValue() : null;
    }

    static String cell(double x) {
        if (Double.isNaN(x)) {
            return "";
        }
        return new BigDecimal(x).round(new MathContext(7)).stripTrailingZeros().toPlainString();
    }

    private static Map<String, double[]> policyStats(List<Run> runs) {
        Map<String, double[]> out = new LinkedHashMap<>();
        for (String metric : METRICS) {
            out.put(metric, stats(runs.stream().mapToDouble(r -> r.metrics().get(metric)).toArray()));
        }
        return out;
    }

    private static ObjectNode metricsNode(JsonMapper json, Map<String, double[]> stats) {
        ObjectNode metrics = json.createObjectNode();
        stats.forEach((metric, s) -> {
            ObjectNode m = metrics.putObject(metric);
            m.put("mean", round(s[0]));
            m.put("sd", round(s[1]));
            m.put("ci95_low", round(s[2]));
            m.put("ci95_high", round(s[3]));
        });
        return metrics;
    }

    private static void writeSummary(Path dir, Map<String, List<Run>> runs) throws IOException {
        JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        ObjectNode root = json.createObjectNode();
        root.put("scenario", "influencer-spike");
        root.put("description", "A lifestyle influencer features the lamp on day 30; a port closure "
                + "hits the primary supplier's shipments around day 90.");
        root.put("seed", SEED);
        root.put("replications", REPS);
        root.put("horizon_days", (double) H);
        root.put("warmup_days", 0.0);
        root.put("engine_version", "0.1.0");
        root.put("scenario_sha256", "ab12f0c5d9e84b7a3c21f6e0d4b59a87c3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8");
        root.put("scenario_file", "scenarios/influencer-spike.yaml");
        ObjectNode overrides = root.putObject("overrides");
        overrides.put("replications", REPS);
        overrides.putNull("seed");
        overrides.put("threads", 2);
        overrides.putArray("policies");
        ObjectNode objective = root.putObject("objective");
        objective.put("metric", "total_cost");
        objective.put("minimize", true);
        objective.put("fill_rate_tolerance", 0.01);
        root.put("product_count", 1);
        ArrayNode disruptions = root.putArray("disruptions");
        ObjectNode spike = disruptions.addObject();
        spike.put("type", "demand_spike");
        spike.put("label", "demand spike x6.0");
        spike.put("start_day", SPIKE_START);
        spike.put("end_day", SPIKE_END);
        spike.put("recurring", false);
        ObjectNode closure = disruptions.addObject();
        closure.put("type", "transit_disruption");
        closure.put("label", "transit closure");
        closure.put("start_day", CLOSE_START);
        closure.put("end_day", CLOSE_END);
        closure.put("recurring", true);
        ArrayNode policies = root.putArray("policies");
        for (Spec p : POLICIES) {
            ObjectNode node = policies.addObject();
            node.put("name", p.name());
            node.put("type", p.type());
            Map<String, double[]> stats = policyStats(runs.get(p.name()));
            node.set("metrics", metricsNode(json, stats));
            ObjectNode product = node.putArray("products").addObject();
            product.put("sku", "LAMP-01");
            product.set("metrics", metricsNode(json, stats));
        }
        Files.writeString(dir.resolve("summary.json"), json.writeValueAsString(root) + "\n", StandardCharsets.UTF_8);

        StringBuilder csv = new StringBuilder("policy,metric,mean,sd,ci95_low,ci95_high\n");
        for (Spec p : POLICIES) {
            policyStats(runs.get(p.name())).forEach((metric, s) -> csv.append(p.name()).append(',').append(metric)
                    .append(',').append(cell(s[0])).append(',').append(cell(s[1])).append(',')
                    .append(cell(s[2])).append(',').append(cell(s[3])).append('\n'));
        }
        Files.writeString(dir.resolve("summary.csv"), csv, StandardCharsets.UTF_8);
    }

    private static void writeTimeseries(Path dir, Map<String, List<Run>> runs) throws IOException {
        StringBuilder csv = new StringBuilder("policy,day,series,mean,p10,p50,p90\n");
        for (Map.Entry<String, List<Run>> e : runs.entrySet()) {
            for (int d = 0; d < H; d++) {
                for (int s = 0; s < SERIES.length; s++) {
                    double[] xs = new double[REPS];
                    for (int r = 0; r < REPS; r++) {
                        xs[r] = e.getValue().get(r).levels()[s][d];
                    }
                    Arrays.sort(xs);
                    csv.append(e.getKey()).append(',').append(d).append(',').append(SERIES[s]).append(',')
                            .append(cell(Arrays.stream(xs).average().orElseThrow())).append(',')
                            .append(cell(quantile(xs, 0.1))).append(',').append(cell(quantile(xs, 0.5)))
                            .append(',').append(cell(quantile(xs, 0.9))).append('\n');
                }
            }
        }
        Files.writeString(dir.resolve("timeseries.csv"), csv, StandardCharsets.UTF_8);
    }

    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    private static void writeHistogram(Path dir, Map<String, List<Run>> runs) throws IOException {
        StringBuilder csv = new StringBuilder("policy,bin_low_days,bin_high_days,orders\n");
        for (Map.Entry<String, List<Run>> e : runs.entrySet()) {
            double[] bins = new double[61];
            for (Run r : e.getValue()) {
                for (double w : r.waits()) {
                    bins[Math.min(60, (int) Math.floor(w))]++;
                }
            }
            for (int b = 0; b <= 60; b++) {
                csv.append(e.getKey()).append(',').append(b).append(',').append(b < 60 ? String.valueOf(b + 1) : "inf")
                        .append(',').append(cell(bins[b] / REPS)).append('\n');
            }
        }
        Files.writeString(dir.resolve("wait_histogram.csv"), csv, StandardCharsets.UTF_8);
    }

    private static void writeReplications(Path dir, Map<String, List<Run>> runs) throws IOException {
        StringBuilder csv = new StringBuilder("policy,replication," + String.join(",", METRICS) + "\n");
        for (Map.Entry<String, List<Run>> e : runs.entrySet()) {
            for (int r = 0; r < REPS; r++) {
                csv.append(e.getKey()).append(',').append(r);
                for (String m : METRICS) {
                    csv.append(',').append(cell(e.getValue().get(r).metrics().get(m)));
                }
                csv.append('\n');
            }
        }
        Files.writeString(dir.resolve("replications.csv"), csv, StandardCharsets.UTF_8);
    }
}
