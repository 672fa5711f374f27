package backorder.report.html;

import static backorder.report.TinyRun.same;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backorder.report.TinyRun;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The method section writes the run manifest in plain words, never "null". */
class MethodNoteTest {

    @TempDir
    Path tmp;

    /** The method section of a tiny run whose summary.json was edited by {@code edit}. */
    private Element method(Consumer<ObjectNode> edit) throws IOException {
        Path dir = new TinyRun().policy("a", "net_value", same(3, 10), "fill_rate", same(3, 0.9))
                .policy("b", "net_value", same(3, 8), "fill_rate", same(3, 0.8)).writeTo(tmp.resolve("run"));
        JsonMapper json = new JsonMapper();
        ObjectNode root = (ObjectNode) json.readTree(dir.resolve("summary.json").toFile());
        edit.accept(root);
        Files.writeString(dir.resolve("summary.json"), json.writeValueAsString(root));
        return Jsoup.parse(ReportBuilder.build(dir).toFile(), "UTF-8").selectFirst("#method");
    }

    @Test
    void plainRun_saysWhereEachSettingCameFrom() throws IOException {
        Element m = method(root -> { });

        assertEquals("This run: 3 replications (from the scenario), seed 7 (from the scenario), warm-up 0 days "
                + "(from the scenario), 1 thread (the numbers do not depend on it), engine "
                + backorder.report.SummaryJson.ENGINE_VERSION + ", scenario file tiny.yaml (SHA-256 00); "
                + "overrides: none.", m.selectFirst(".manifest").text());
        assertFalse(m.text().contains("null"), m.text());
        assertTrue(m.text().contains("net value (net_value), the highest wins; no constraints"), m.text());
    }

    @Test
    void commandLineOverrides_areWrittenAsTyped() throws IOException {
        Element m = method(root -> {
            ObjectNode o = root.putObject("overrides");
            o.put("replications", 3);
            o.put("seed", 99);
            o.put("threads", 4);
            o.putArray("policies").add("a").add("b \"quoted\"");
            o.put("warmup", "auto");
            o.putNull("max_replications");
            root.put("seed", 99);
        });

        String manifest = m.selectFirst(".manifest").text();
        assertTrue(manifest.startsWith("This run: 3 replications (from the command line), seed 99 (from the command "
                + "line), warm-up 0 days (from the scenario), 4 threads"), manifest);
        assertTrue(manifest.endsWith("; overrides: --replications 3, --seed 99, --policy a, --policy b \"quoted\", "
                + "--warmup auto."), manifest);
        assertFalse(m.text().contains("null"), m.text());
    }

    @Test
    void missingTraceFields_areSaidToBeUnrecorded_notNull() throws IOException {
        Element m = method(root -> {
            root.putNull("engine_version");
            root.remove("scenario_sha256");
            root.remove("scenario_file");
            root.remove("overrides");
        });

        String manifest = m.selectFirst(".manifest").text();
        assertTrue(manifest.contains("engine version not recorded, scenario file not recorded, no SHA-256 recorded; "
                + "overrides: none."), manifest);
        assertFalse(m.ownerDocument().text().contains("null"), m.text());
    }
}
