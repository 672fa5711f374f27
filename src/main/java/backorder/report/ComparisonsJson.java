package backorder.report;

import backorder.experiment.Comparison;
import backorder.experiment.Comparisons;
import backorder.experiment.ExperimentResult;
import backorder.experiment.PairedComparison;
import backorder.experiment.Ranking;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/** Writes the {@code "comparisons"} and {@code "ranking"} fields of summary.json (SPEC §5). */
final class ComparisonsJson {

  private ComparisonsJson() {}

  /** Both fields, computed from the run, into the object {@code g} is writing. */
  static void write(JsonGenerator g, ExperimentResult result) throws IOException {
    Comparisons comparisons = Comparisons.of(result.policies());
    writeComparisons(g, comparisons);
    writeRanking(g, Ranking.of(result, comparisons));
  }

  static void writeComparisons(JsonGenerator g, Comparisons comparisons) throws IOException {
    g.writeArrayFieldStart("comparisons");
    for (Comparison c : comparisons.rows()) {
      PairedComparison s = c.stats();
      g.writeStartObject();
      g.writeStringField("policy", c.policy());
      g.writeStringField("baseline", c.baseline());
      g.writeStringField("metric", c.metric().key());
      number(g, "mean_diff", s.meanDiff());
      number(g, "sd_diff", s.sdDiff());
      number(g, "ci95_low", s.ci95Low());
      number(g, "ci95_high", s.ci95High());
      number(g, "p_value", s.pValue());
      number(g, "p_adjusted", c.pAdjusted());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  static void writeRanking(JsonGenerator g, Ranking ranking) throws IOException {
    g.writeArrayFieldStart("ranking");
    for (Ranking.Entry e : ranking.entries()) {
      g.writeStartObject();
      g.writeStringField("policy", e.policy());
      g.writeNumberField("rank", e.rank());
      g.writeBooleanField("distinguishable_from_best", e.distinguishableFromBest());
      g.writeBooleanField("meets_constraints", e.meetsConstraints());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void number(JsonGenerator g, String field, double v) throws IOException {
    if (Double.isFinite(v)) {
      g.writeNumberField(field, v);
    } else {
      g.writeNullField(field);
    }
  }
}
