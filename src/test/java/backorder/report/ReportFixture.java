package backorder.report;

import backorder.cli.Main;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The report tests' run directory: result files written by a real {@code run} of
 * {@code src/test/resources/report/lamp-spike.yaml}, so the readers and the report are tested on
 * what the writers produce (a hand-made copy drifts). The run happens once per test JVM.
 */
public final class ReportFixture {

    /** The scenario run: 180 days, 20 replications, three policies, two products, two disruptions. */
    public static final Path SCENARIO = Path.of("src/test/resources/report/lamp-spike.yaml");

    /** The result files of the run directory. */
    public static final List<String> FILES =
            List.of("summary.json", "summary.csv", "timeseries.csv", "wait_histogram.csv", "replications.csv");

    private static Path run;

    private ReportFixture() { }

    /** Copies the run's result files into {@code dir} (created if needed) and returns {@code dir}. */
    public static Path copyTo(Path dir) throws IOException {
        Path from = run();
        Files.createDirectories(dir);
        for (String f : FILES) {
            Files.copy(from.resolve(f), dir.resolve(f));
        }
        return dir;
    }

    private static synchronized Path run() throws IOException {
        if (run == null) {
            Path out = Files.createTempDirectory("report-fixture");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(out)));
            // --no-report: the tests build the report themselves, from copies
            int status = Main.execute("run", SCENARIO.toString(), "--out", out.toString(), "--threads", "2",
                    "--no-report", "--quiet");
            if (status != Main.OK) {
                throw new IOException("fixture run of " + SCENARIO + " failed with exit status " + status);
            }
            run = out;
        }
        return run;
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
