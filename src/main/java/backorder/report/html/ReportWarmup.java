package backorder.report.html;

import backorder.metric.Metric;
import backorder.report.chart.ChartWriter;
import backorder.report.chart.Figure;
import backorder.report.chart.Headless;
import backorder.report.chart.ManagementCharts;
import backorder.report.chart.WrittenChart;
import backorder.report.results.ResultFiles;
import backorder.report.results.RunResults;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * Goes once through the whole report on a tiny made-up run (two policies, three products, small
 * charts) on a background thread while the simulation runs, so that the real report finds its
 * classes loaded and its lambdas and string concatenations linked. Nothing is written outside a
 * temporary folder, which is deleted.
 */
public final class ReportWarmup {

    /** Products per made-up policy. */
    private static final int PRODUCTS = 3;
    /** Days of the made-up daily series. */
    private static final int DAYS = 20;
    /** Points per side of the scratch charts: the drawing code runs, over few pixels. */
    private static final int SCRATCH_SIZE = 160;
    /** Name start of the scratch folders in the temporary directory. */
    private static final String PREFIX = "backorder-warmup";
    private static final List<String> POLICIES = List.of("warm-a", "warm-b");
    private static final List<String> SERIES = List.of("on_hand", "backlog_units", "backorders_cum",
            "cancellations_cum", "lost_customers_cum");

    private final Thread thread;
    private volatile boolean stopped;

    private ReportWarmup() {
        thread = new Thread(this::runQuietly, "report-warmup");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
    }

    /** Starts the warm-up on a daemon thread; failures are ignored (the real report surfaces real problems). */
    public static ReportWarmup startInBackground() {
        ReportWarmup w = new ReportWarmup();
        w.thread.start();
        return w;
    }

    /** Asks the warm-up to end after its current step, so it does not compete with the real report for cores. */
    public void stop() {
        stopped = true;
    }

    /** Waits until the warm-up has ended (after {@link #stop}, within one step) and removed its scratch folder. */
    public void awaitEnd() throws InterruptedException {
        thread.join();
    }

    private void runQuietly() {
        try {
            run(() -> stopped, Path.of(System.getProperty("java.io.tmpdir")));
        } catch (Exception | LinkageError ignored) {
            // only a warm-up: the report proper surfaces any real problem
        }
    }

    /**
     * Writes the made-up result files to a scratch folder in {@code tmp}, reads them back, draws every chart
     * small as PNG and SVG in memory and renders the HTML, checking {@code stop} between steps; the folder is
     * deleted (and so are scratch folders of killed runs, once old).
     *
     * @return the number of charts drawn
     */
    static int run(BooleanSupplier stop, Path tmp) throws IOException {
        Headless.ensure();
        Path dir = Files.createTempDirectory(tmp, PREFIX);
        removeStale(tmp);
        dir.toFile().deleteOnExit(); // also should the JVM exit mid-step (a daemon thread); files go first
        try {
            writeResultFiles(dir);
            RunResults results = ResultFiles.read(dir);
            List<WrittenChart> charts = new ArrayList<>();
            for (Figure f : ManagementCharts.figures(results)) {
                if (stop.getAsBoolean()) {
                    return charts.size();
                }
                Figure small = new Figure(f.id(), f.title(), f.caption(), f.drawing(), SCRATCH_SIZE, SCRATCH_SIZE);
                byte[] png = ChartWriter.png(small);
                ChartWriter.svg(small);
                charts.add(new WrittenChart(f, dir.resolve(f.id() + ".png"), dir.resolve(f.id() + ".svg"), png));
            }
            if (!stop.getAsBoolean()) {
                HtmlReport.render(results, Recommendation.of(results), () -> charts);
            }
            return charts.size();
        } finally {
            delete(dir);
        }
    }

    /** Scratch folders of warm-ups whose JVM was killed: older than any warm-up lasts, so none in use. */
    private static void removeStale(Path tmp) throws IOException {
        FileTime cutoff = FileTime.from(Instant.now().minus(Duration.ofMinutes(10)));
        try (Stream<Path> entries = Files.list(tmp)) {
            for (Path p : entries.filter(p -> p.getFileName().toString().startsWith(PREFIX)).toList()) {
                if (Files.getLastModifiedTime(p).compareTo(cutoff) < 0) {
                    delete(p);
                }
            }
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** summary.json, timeseries.csv, wait_histogram.csv and replications.csv of a made-up two-policy run. */
    private static void writeResultFiles(Path dir) throws IOException {
        write(dir.resolve(ResultFiles.SUMMARY_JSON), summaryJson());
        StringBuilder ts = new StringBuilder("policy,day,series,mean,p10,p50,p90\n");
        StringBuilder wait = new StringBuilder("policy,bin_low_days,bin_high_days,orders\n");
        StringBuilder reps = new StringBuilder("policy,replication");
        for (Metric m : Metric.values()) {
            reps.append(',').append(m.key());
        }
        reps.append('\n');
        for (int p = 0; p < POLICIES.size(); p++) {
            String name = POLICIES.get(p);
            for (int day = 0; day < DAYS; day++) {
                for (int s = 0; s < SERIES.size(); s++) {
                    double v = 10 + (day * 7 + s * 3 + p) % 23;
                    ts.append(String.format(Locale.ROOT, "%s,%d,%s,%s,%s,%s,%s\n", name, day, SERIES.get(s),
                            v, v - 2, v, v + 2.5));
                }
            }
            for (int bin = 0; bin < 10; bin++) {
                wait.append(name).append(',').append(bin).append(',').append(bin + 1).append(',')
                        .append(400 >> bin).append('\n');
            }
            for (int r = 0; r < 2; r++) {
                reps.append(name).append(',').append(r);
                for (int m = 0; m < Metric.COUNT; m++) {
                    reps.append(',').append(value(m, p * 3 + r));
                }
                reps.append('\n');
            }
        }
        write(dir.resolve(ResultFiles.TIMESERIES_CSV), ts.toString());
        write(dir.resolve(ResultFiles.WAIT_HISTOGRAM_CSV), wait.toString());
        write(dir.resolve(ResultFiles.REPLICATIONS_CSV), reps.toString());
    }

    private static String summaryJson() {
        StringBuilder b = new StringBuilder("{\"scenario\": \"warm-up\", \"seed\": 1, \"replications\": 2, ")
                .append("\"horizon_days\": ").append(DAYS).append(".0, \"warmup_days\": 0.0, ")
                .append("\"product_count\": ").append(PRODUCTS).append(", \"disruptions\": [], \"policies\": [");
        for (int p = 0; p < POLICIES.size(); p++) {
            b.append(p > 0 ? ", " : "").append("{\"name\": \"").append(POLICIES.get(p))
                    .append("\", \"type\": \"reorder_point\", \"metrics\": ");
            metrics(b, p);
            b.append(", \"products\": [");
            for (int k = 0; k < PRODUCTS; k++) {
                b.append(k > 0 ? ", " : "")
                        .append(String.format(Locale.ROOT, "{\"sku\": \"W-%04d\", \"metrics\": ", k));
                metrics(b, p * PRODUCTS + k);
                b.append('}');
            }
            b.append("]}");
        }
        return b.append("]}\n").toString();
    }

    /** Every metric of the registry with made-up statistics; fill rates stay within [0, 1]. */
    private static void metrics(StringBuilder b, int salt) {
        b.append('{');
        for (int m = 0; m < Metric.COUNT; m++) {
            double mean = value(m, salt);
            b.append(m > 0 ? ", " : "").append('"').append(Metric.values()[m].key()).append("\": {\"mean\": ")
                    .append(mean).append(", \"sd\": ").append(mean / 10).append(", \"ci95_low\": ")
                    .append(mean * 0.95).append(", \"ci95_high\": ").append(mean * 1.05).append('}');
        }
        b.append('}');
    }

    private static double value(int metric, int salt) {
        return Metric.values()[metric] == Metric.FILL_RATE ? 0.9 + (salt % 7) / 100.0
                : 50.0 + (metric * 13 + salt) % 97;
    }

    private static void write(Path file, String text) throws IOException {
        file.toFile().deleteOnExit();
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
