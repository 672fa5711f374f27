package backorder.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWarmupTest {

    @TempDir
    Path tmp;

    @Test
    void madeUpRun_goesThroughEveryChartAndLeavesNoFolderBehind() throws IOException {
        assertEquals(6, ReportWarmup.run(() -> false, tmp));

        assertEquals(List.of(), entries());
    }

    @Test
    void stopped_drawsNothing() throws IOException {
        assertEquals(0, ReportWarmup.run(() -> true, tmp));
    }

    @Test
    void scratchFoldersLeftByKilledRuns_areRemovedOnceOld() throws IOException {
        Path stale = Files.createDirectory(tmp.resolve("backorder-warmup-stale"));
        Files.writeString(stale.resolve("summary.json"), "{}");
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
        Path fresh = Files.createDirectory(tmp.resolve("backorder-warmup-fresh")); // maybe a concurrent run's

        ReportWarmup.run(() -> true, tmp);

        assertEquals(List.of(fresh), entries());
    }

    private List<Path> entries() throws IOException {
        try (Stream<Path> s = Files.list(tmp)) {
            return s.toList();
        }
    }
}
