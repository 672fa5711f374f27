package backorder.report;

import backorder.experiment.ExperimentResult;
import backorder.experiment.PolicyResult;
import backorder.experiment.Tally;
import backorder.model.DisruptionWindow;
import backorder.metric.Metric;
import backorder.scenario.Scenario;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Path;

/** Writes {@code summary.json} (SPEC §3): run manifest, and every metric per policy and per product. */
public final class SummaryJson {

  public static final String ENGINE_VERSION = EngineVersion.get();

  private SummaryJson() {}

  public static void write(ExperimentResult result, Path file) throws IOException {
    AtomicFiles.write(file, out -> {
      try (JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
        // compact: a 1,000-product run is 2 MB instead of 4, and jq or pandas lay it out anyway
        writeRoot(g, result);
        g.writeRaw('\n');
      }
    });
  }

  private static void writeRoot(JsonGenerator g, ExperimentResult result) throws IOException {
    var plan = result.plan();
    Scenario s = plan.scenario();
    g.writeStartObject();
    g.writeStringField("scenario", s.name());
    g.writeStringField("description", s.description());
    g.writeNumberField("seed", plan.seed());
    g.writeNumberField("replications", plan.replications());
    g.writeNumberField("horizon_days", s.horizonDays());
    g.writeNumberField("warmup_days", s.warmupDays());
    g.writeStringField("engine_version", ENGINE_VERSION);
    g.writeStringField("scenario_sha256", s.sha256());
    g.writeStringField("scenario_file", s.file().toString());
    g.writeObjectFieldStart("overrides");
    if (plan.replicationsOverride() == null) {
      g.writeNullField("replications");
    } else {
      g.writeNumberField("replications", plan.replicationsOverride());
    }
    if (plan.seedOverride() == null) {
      g.writeNullField("seed");
    } else {
      g.writeNumberField("seed", plan.seedOverride());
    }
    g.writeNumberField("threads", plan.threads());
    g.writeArrayFieldStart("policies");
    for (String p : plan.policyFilter()) {
      g.writeString(p);
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeObjectFieldStart("objective");
    g.writeStringField("metric", s.objective().metric());
    g.writeBooleanField("minimize", s.objective().minimize());
    g.writeNumberField("fill_rate_tolerance", s.objective().fillRateTolerance());
    g.writeEndObject();
    g.writeNumberField("product_count", s.products().size());
    g.writeArrayFieldStart("disruptions");
    for (DisruptionWindow w : result.disruptions()) {
      g.writeStartObject();
      g.writeStringField("type", w.type());
      g.writeStringField("label", w.label());
      g.writeNumberField("start_day", w.start());
      g.writeNumberField("end_day", w.end());
      g.writeBooleanField("recurring", w.recurring());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("policies");
    for (PolicyResult p : result.policies()) {
      g.writeStartObject();
      g.writeStringField("name", p.name());
      g.writeStringField("type", p.type());
      g.writeFieldName("metrics");
      writeMetrics(g, p.totals());
      g.writeArrayFieldStart("products");
      for (int i = 0; i < p.skus().size(); i++) {
        g.writeStartObject();
        g.writeStringField("sku", p.skus().get(i));
        g.writeFieldName("metrics");
        writeMetrics(g, p.products()[i]);
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writeMetrics(JsonGenerator g, Tally.Summary[] summaries) throws IOException {
    g.writeStartObject();
    for (Metric m : Metric.values()) {
      Tally.Summary s = summaries[m.ordinal()];
      g.writeObjectFieldStart(m.key());
      number(g, "mean", s.mean());
      number(g, "sd", s.sd());
      number(g, "ci95_low", s.ci95Low());
      number(g, "ci95_high", s.ci95High());
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private static void number(JsonGenerator g, String field, double v) throws IOException {
    if (Double.isFinite(v)) {
      g.writeNumberField(field, v);
    } else {
      g.writeNullField(field);
    }
  }
}
