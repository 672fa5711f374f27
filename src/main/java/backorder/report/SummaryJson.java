package backorder.report;

import backorder.experiment.DerivedSettings;
import backorder.experiment.ExperimentResult;
import backorder.experiment.PolicyResult;
import backorder.experiment.RunPlan;
import backorder.experiment.Runner;
import backorder.experiment.SamplingChoices;
import backorder.experiment.Tally;
import backorder.metric.Constraint;
import backorder.metric.Metric;
import backorder.metric.Objective;
import backorder.model.DisruptionWindow;
import backorder.model.Planning;
import backorder.policy.DerivedLevels;
import backorder.policy.PlanningInputs;
import backorder.policy.PolicySpec;
import backorder.scenario.Scenario;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes {@code summary.json} (SPEC §3): run manifest, every metric per policy and per product, then
 * the paired comparisons and the ranking (SPEC §5).
 */
public final class SummaryJson {

  public static final String ENGINE_VERSION = EngineVersion.get();

  // the names each metric object repeats, encoded to UTF-8 once: a 1,000-product file holds 100,000
  private static final SerializableString[] METRIC_KEYS = metricKeys();
  private static final SerializableString MEAN = new SerializedString("mean");
  private static final SerializableString SD = new SerializedString("sd");
  private static final SerializableString CI95_LOW = new SerializedString("ci95_low");
  private static final SerializableString CI95_HIGH = new SerializedString("ci95_high");
  private static final SerializableString SKU = new SerializedString("sku");
  private static final SerializableString METRICS = new SerializedString("metrics");

  private SummaryJson() {}

  public static void write(ExperimentResult result, Path file) throws IOException {
    write(result, SamplingChoices.PLAIN, file);
  }

  /** Writes the file, with how the warm-up and the replication count were chosen. */
  public static void write(ExperimentResult result, SamplingChoices sampling, Path file)
      throws IOException {
    write(result, sampling, Runner.local().name(), file);
  }

  /** As above, naming where the replications ran ({@code "runner"}: local, spark MASTER). */
  public static void write(ExperimentResult result, SamplingChoices sampling, String runner,
      Path file) throws IOException {
    AtomicFiles.write(file, out -> {
      try (JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
        // compact: a 1,000-product run is 2 MB instead of 4, and jq or pandas lay it out anyway
        writeRoot(g, result, sampling, runner);
        g.writeRaw('\n');
      }
    });
  }

  private static void writeRoot(JsonGenerator g, ExperimentResult result, SamplingChoices sampling,
      String runner) throws IOException {
    Scenario s = result.plan().scenario();
    g.writeStartObject();
    writeManifest(g, result.plan(), sampling, runner);
    SamplingJson.writePrecision(g, sampling.precision());
    writeObjective(g, s.objective());
    g.writeNumberField("product_count", s.products().size());
    writeDisruptions(g, result.disruptions());
    NetworkJson.writeLayout(g, s.network());
    g.writeArrayFieldStart("policies");
    PlanningInputs inputs = Planning.inputs(s); // once for every policy's derived levels
    for (PolicyResult p : result.policies()) {
      writePolicy(g, p, s, inputs);
    }
    g.writeEndArray();
    ComparisonsJson.write(g, result);
    g.writeEndObject();
  }

  /** The scenario's identity, the sampling and what produced the numbers (SPEC §3's run manifest). */
  private static void writeManifest(JsonGenerator g, RunPlan plan, SamplingChoices sampling, String runner)
      throws IOException {
    Scenario s = plan.scenario();
    g.writeStringField("scenario", s.name());
    g.writeStringField("description", s.description());
    if (s.currency() == null) {
      g.writeNullField("currency");
    } else {
      g.writeStringField("currency", s.currency());
    }
    g.writeNumberField("seed", plan.seed());
    g.writeNumberField("replications", plan.replications());
    g.writeNumberField("horizon_days", s.horizonDays());
    g.writeNumberField("warmup_days", s.warmupDays());
    SamplingJson.writeWarmup(g, sampling);
    g.writeStringField("engine_version", ENGINE_VERSION);
    g.writeStringField("runner", runner);
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
    SamplingJson.writeOverrides(g, sampling);
    g.writeEndObject();
  }

  /** The disruption windows replication 0 realised (recurring ones differ between replications). */
  private static void writeDisruptions(JsonGenerator g, List<DisruptionWindow> windows) throws IOException {
    g.writeArrayFieldStart("disruptions");
    for (DisruptionWindow w : windows) {
      g.writeStartObject();
      g.writeStringField("id", w.id());
      g.writeStringField("type", w.type());
      g.writeStringField("label", w.label());
      g.writeNumberField("start_day", w.start());
      g.writeNumberField("end_day", w.end());
      g.writeBooleanField("recurring", w.recurring());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /** One policy: its totals, each product's metrics, its derived levels and, in a network, each location's. */
  private static void writePolicy(JsonGenerator g, PolicyResult p, Scenario s, PlanningInputs inputs)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("name", p.name());
    g.writeStringField("type", p.type());
    g.writeFieldName("metrics");
    writeMetrics(g, p.totals());
    g.writeArrayFieldStart("products");
    for (int i = 0; i < p.skus().size(); i++) {
      g.writeStartObject();
      g.writeFieldName(SKU);
      g.writeString(p.skus().get(i));
      g.writeFieldName(METRICS);
      writeMetrics(g, p.products()[i]);
      g.writeEndObject();
    }
    g.writeEndArray();
    PolicySpec spec = s.policies().stream().filter(x -> x.name().equals(p.name())).findFirst()
        .orElse(null); // null for results assembled without the scenario's policies (tests)
    // in a network, each location's own levels: the warehouse's are the policy's "derived"
    List<List<DerivedLevels>> byLocation = spec != null && s.network() != null
        ? DerivedSettings.atLocations(s, p.name()) : null;
    if (spec != null) {
      writeLevels(g, p.skus(), byLocation != null ? byLocation.get(s.network().warehouse())
          : DerivedSettings.of(s, spec, inputs));
    }
    if (s.network() != null) {
      NetworkJson.writeLocations(g, p, byLocation);
    }
    g.writeEndObject();
  }

  /** SPEC §5: the objective and its constraints echoed ({@code minimize} kept for older readers). */
  private static void writeObjective(JsonGenerator g, Objective o) throws IOException {
    g.writeObjectFieldStart("objective");
    g.writeStringField("metric", o.metric());
    g.writeStringField("direction", o.direction());
    g.writeBooleanField("minimize", o.minimize());
    g.writeArrayFieldStart("constraints");
    for (Constraint c : o.constraints()) {
      g.writeString(c.expr());
    }
    g.writeEndArray();
    number(g, "fill_rate_tolerance", o.fillRateTolerance());
    g.writeEndObject();
  }

  /**
   * SPEC §5 {@code "derived": [{"sku", "reorder_point", "order_quantity", "order_up_to",
   * "safety_stock"}]}: per product, the levels the policy used (null where its type has none); in a
   * network those of the warehouse, the location that orders from the suppliers, and each
   * location's own in its entry of "locations".
   */
  static void writeLevels(JsonGenerator g, List<String> skus, List<DerivedLevels> levels)
      throws IOException {
    g.writeArrayFieldStart("derived");
    for (int i = 0; i < skus.size(); i++) {
      DerivedLevels d = levels.get(i);
      g.writeStartObject();
      g.writeStringField("sku", skus.get(i));
      number(g, "reorder_point", d.reorderPoint());
      number(g, "order_quantity", d.orderQuantity());
      number(g, "order_up_to", d.orderUpTo());
      number(g, "safety_stock", d.safetyStock());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  static void writeMetrics(JsonGenerator g, Tally.Summary[] summaries) throws IOException {
    g.writeStartObject();
    for (int k = 0; k < METRIC_KEYS.length; k++) {
      Tally.Summary s = summaries[k];
      g.writeFieldName(METRIC_KEYS[k]);
      g.writeStartObject();
      number(g, MEAN, s.mean());
      number(g, SD, s.sd());
      number(g, CI95_LOW, s.ci95Low());
      number(g, CI95_HIGH, s.ci95High());
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  static void number(JsonGenerator g, String field, double v) throws IOException {
    g.writeFieldName(field);
    numberValue(g, v);
  }

  /** As above for a field name encoded in advance. */
  private static void number(JsonGenerator g, SerializableString field, double v) throws IOException {
    g.writeFieldName(field);
    numberValue(g, v);
  }

  /** A finite number as itself, anything else as null. */
  private static void numberValue(JsonGenerator g, double v) throws IOException {
    if (Double.isFinite(v)) {
      g.writeNumber(v);
    } else {
      g.writeNull();
    }
  }

  /** Each metric's key, in ordinal order (the order summaries are indexed by). */
  private static SerializableString[] metricKeys() {
    Metric[] metrics = Metric.values();
    SerializableString[] keys = new SerializableString[metrics.length];
    for (Metric m : metrics) {
      keys[m.ordinal()] = new SerializedString(m.key());
    }
    return keys;
  }
}
