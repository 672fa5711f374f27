package backorder.report;

import backorder.experiment.PrecisionOutcome;
import backorder.experiment.SamplingChoices;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/**
 * The summary.json fields of --warmup, --target-halfwidth and --max-replications: apart from
 * {@code warmup_method}, written only when those options were given, so a plain run's file gains
 * nothing else.
 */
final class SamplingJson {

  private SamplingJson() {}

  /** {@code "warmup_method"}, and each policy's own truncation when MSER-5 chose the warm-up. */
  static void writeWarmup(JsonGenerator g, SamplingChoices sampling) throws IOException {
    g.writeStringField("warmup_method", sampling.warmupMethod());
    if (sampling.warmupDaysByPolicy() != null) {
      g.writeObjectFieldStart("warmup_days_by_policy");
      for (var e : sampling.warmupDaysByPolicy().entrySet()) {
        g.writeNumberField(e.getKey(), e.getValue());
      }
      g.writeEndObject();
    }
  }

  /** Inside {@code "overrides"}: each of the options given, as the command line gave it. */
  static void writeOverrides(JsonGenerator g, SamplingChoices sampling) throws IOException {
    if (sampling.warmupOption() != null) {
      String warmup = sampling.warmupOption();
      if (SamplingChoices.MSER_5.equals(sampling.warmupMethod())) {
        g.writeStringField("warmup", warmup);
      } else {
        g.writeNumberField("warmup", Double.parseDouble(warmup));
      }
    }
    if (sampling.targetOption() != null) {
      g.writeStringField("target_halfwidth", sampling.targetOption());
      if (sampling.maxReplicationsOption() == null) {
        g.writeNullField("max_replications");
      } else {
        g.writeNumberField("max_replications", sampling.maxReplicationsOption());
      }
    }
  }

  /** {@code "precision": {"metric", "target", "achieved", "reached"}} after a --target-halfwidth run. */
  static void writePrecision(JsonGenerator g, PrecisionOutcome precision) throws IOException {
    if (precision == null) {
      return;
    }
    g.writeObjectFieldStart("precision");
    g.writeStringField("metric", precision.metric());
    g.writeNumberField("target", precision.target());
    if (Double.isFinite(precision.achieved())) {
      g.writeNumberField("achieved", precision.achieved());
    } else {
      g.writeNullField("achieved");
    }
    g.writeBooleanField("reached", precision.reached());
    g.writeEndObject();
  }
}
