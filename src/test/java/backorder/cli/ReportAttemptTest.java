package backorder.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backorder.report.ResultFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A report that cannot be drawn leaves the result files to be committed, without its partial files. */
class ReportAttemptTest {

  @TempDir
  Path tmp;

  /** A drawing that writes part of a report (a chart, a half report.html) and then fails with {@code failure}. */
  private static ReportAttempt.Drawing failingAfterAChart(Path staging, Throwable failure) {
    return () -> {
      Files.createDirectories(staging.resolve("charts"));
      Files.writeString(staging.resolve("charts/backlog_fan.svg"), "<svg/>");
      Files.writeString(staging.resolve("report.html"), "<html>");
      if (failure instanceof IOException io) {
        throw io;
      }
      throw (Error) failure;
    };
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void outOfMemoryWhileDrawing_keepsTheResultFiles_andRemovesThePartialReport() throws IOException {
    Path dir = tmp.resolve("run");
    try (ResultFolder folder = ResultFolder.replace(dir)) {
      Files.writeString(folder.staging().resolve("summary.json"), "{}");
      String problem = ReportAttempt.draw(folder, failingAfterAChart(folder.staging(), new OutOfMemoryError()));
      assertTrue(problem.startsWith("out of memory drawing the report (the Java heap is "), problem);
      folder.commit();
    }
    assertEquals(List.of("summary.json"), names(dir));
  }

  @Test
  void aFailedWrite_saysWhy_andADrawnReportIsKept() throws IOException {
    Path dir = tmp.resolve("run");
    try (ResultFolder folder = ResultFolder.replace(dir)) {
      Files.writeString(folder.staging().resolve("summary.json"), "{}");
      assertEquals("the report could not be drawn: no space left on device", ReportAttempt.draw(folder,
          failingAfterAChart(folder.staging(), new IOException("no space left on device"))));
      assertEquals(List.of("summary.json"), names(folder.staging()));
      assertNull(ReportAttempt.draw(folder, () -> Files.writeString(folder.staging().resolve("report.html"), "ok")));
      folder.commit();
    }
    assertEquals(List.of("report.html", "summary.json"), names(dir));
  }

  @Test
  void problemLine_namesTheFolder_andHowToRedrawARunsReport() {
    String line = ReportAttempt.problemLine("out of memory drawing the report (the Java heap is 64 MB)", "out", true);
    assertTrue(line.startsWith("backorder: error: out of memory drawing the report (the Java heap is 64 MB); the"
        + " result files are in out without it (draw it with more heap: BACKORDER_JAVA_OPTS=-Xmx"), line);
    assertTrue(line.endsWith("g ./backorder report out)"), line);
    assertEquals("backorder: error: the report could not be drawn: x; the result files are in sw without it",
        ReportAttempt.problemLine("the report could not be drawn: x", "sw", false));
  }
}
