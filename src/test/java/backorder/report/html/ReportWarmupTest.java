package backorder.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ReportWarmupTest {

    @Test
    void madeUpRun_goesThroughEveryChartAndLeavesNoFolderBehind() throws IOException {
        long before = warmupFolders();

        assertEquals(6, ReportWarmup.run(() -> false));

        assertEquals(before, warmupFolders());
    }

    @Test
    void stopped_drawsNothing() throws IOException {
        assertEquals(0, ReportWarmup.run(() -> true));
    }

    private static long warmupFolders() throws IOException {
        try (Stream<Path> s = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return s.filter(p -> p.getFileName().toString().startsWith("backorder-warmup")).count();
        }
    }
}
