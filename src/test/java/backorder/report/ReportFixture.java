package backorder.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Copies the hand-checked result files of {@code src/test/resources/report-fixture/} into a test directory. */
public final class ReportFixture {

    /** The files of the fixture run directory. */
    public static final List<String> FILES =
            List.of("summary.json", "summary.csv", "timeseries.csv", "wait_histogram.csv", "replications.csv");

    private ReportFixture() { }

    /** Copies every fixture file into {@code dir} (created if needed) and returns {@code dir}. */
    public static Path copyTo(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (String f : FILES) {
            try (InputStream in = ReportFixture.class.getResourceAsStream("/report-fixture/" + f)) {
                if (in == null) {
                    throw new IOException("fixture file missing from the test classpath: " + f);
                }
                Files.copy(in, dir.resolve(f));
            }
        }
        return dir;
    }
}
