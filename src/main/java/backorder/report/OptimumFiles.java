package backorder.report;

import backorder.experiment.PairedComparison;
import backorder.experiment.Tally;
import backorder.experiment.optimize.Evaluation;
import backorder.experiment.optimize.Goal;
import backorder.experiment.optimize.OptimumResult;
import backorder.experiment.optimize.Optimizer;
import backorder.experiment.optimize.SearchParam;
import backorder.metric.Constraint;
import backorder.metric.Metric;
import backorder.scenario.Scenario;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes an optimization's files (SPEC §6), each atomically: {@code optimum.json} (the pick with
 * its confirmation estimates, the selection stage, the seeds) and {@code trace.csv} (every
 * evaluation of every stage with its estimates). Nothing in them depends on the thread count.
 */
public final class OptimumFiles {

  public static final String OPTIMUM_JSON = "optimum.json";
  public static final String TRACE_CSV = "trace.csv";

  private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

  private OptimumFiles() {}

  /** Writes both files into {@code dir}. */
  public static void write(OptimumResult result, Scenario base, Path dir) throws IOException {
    writeTrace(result, dir.resolve(TRACE_CSV));
    AtomicFiles.write(dir.resolve(OPTIMUM_JSON), out -> {
      try (JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
        g.useDefaultPrettyPrinter();
        writeOptimum(g, result, base);
        g.writeRaw('\n');
      }
    });
  }

  private static void writeOptimum(JsonGenerator g, OptimumResult r, Scenario base) throws IOException {
    Goal goal = r.goal();
    Evaluation c = r.confirmation();
    Optimizer.Settings s = r.settings();
    g.writeStartObject();
    g.writeStringField("scenario", base.name());
    g.writeStringField("policy", r.policy());
    g.writeFieldName("params");
    writeParams(g, r, c.point());
    g.writeObjectFieldStart("objective");
    g.writeStringField("metric", goal.metric().key());
    g.writeStringField("direction", goal.direction());
    writeSummary(g, c.metric(goal.metric()));
    g.writeEndObject();
    g.writeArrayFieldStart("constraints");
    for (Constraint k : goal.constraints()) {
      g.writeStartObject();
      g.writeStringField("expr", k.expr());
      number(g, "mean", c.metric(k.metric()).mean());
      g.writeBooleanField("met", k.holds(c.metric(k.metric()).mean()));
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeBooleanField("feasible", r.confirmed());
    g.writeNumberField("evaluations", r.search().size());
    g.writeNumberField("budget", s.budget());
    g.writeStringField("method", r.method());
    g.writeNumberField("replications", s.replications());
    g.writeNumberField("confirmation_replications", s.confirmationReplications());
    g.writeObjectFieldStart("seeds");
    g.writeNumberField("search", s.seed());
    g.writeNumberField("selection", s.selectionSeed());
    g.writeNumberField("confirmation", s.confirmationSeed());
    g.writeEndObject();
    g.writeObjectFieldStart("search_estimate");
    writeSummary(g, r.pick().metric(goal.metric()));
    g.writeEndObject();
    writeSelection(g, r);
    g.writeStringField("engine_version", SummaryJson.ENGINE_VERSION);
    g.writeStringField("scenario_sha256", base.sha256());
    g.writeStringField("scenario_file", base.file().toString());
    g.writeEndObject();
  }

  /** The selection stage: each leader's estimates on the search and selection seeds, and its difference with the pick. */
  private static void writeSelection(JsonGenerator g, OptimumResult r) throws IOException {
    Metric m = r.goal().metric();
    g.writeArrayFieldStart("selection");
    for (Optimizer.Candidate k : r.selection()) {
      g.writeStartObject();
      g.writeFieldName("params");
      writeParams(g, r, k.search().point());
      number(g, "search_mean", k.search().metric(m).mean());
      number(g, "selection_mean", k.selection().metric(m).mean());
      g.writeBooleanField("feasible", k.selection().feasible(r.goal()));
      g.writeBooleanField("picked", k.picked());
      PairedComparison d = k.vsPick();
      number(g, "mean_diff", d == null ? Double.NaN : d.meanDiff());
      number(g, "ci95_low", d == null ? Double.NaN : d.ci95Low());
      number(g, "ci95_high", d == null ? Double.NaN : d.ci95High());
      number(g, "p_adjusted", k.pAdjusted());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /** {PATH: value}: whole numbers as integers, the others as decimals. */
  private static void writeParams(JsonGenerator g, OptimumResult r, int[] point) throws IOException {
    g.writeStartObject();
    List<SearchParam> params = r.space().params();
    for (int d = 0; d < params.size(); d++) {
      SearchParam p = params.get(d);
      BigDecimal v = p.value(point[d]);
      g.writeFieldName(p.path().toString());
      if (p.integer()) {
        g.writeNumber(v.toBigIntegerExact());
      } else {
        g.writeNumber(new BigDecimal(SearchParam.text(v)));
      }
    }
    g.writeEndObject();
  }

  private static void writeSummary(JsonGenerator g, Tally.Summary s) throws IOException {
    number(g, "mean", s.mean());
    number(g, "ci95_low", s.ci95Low());
    number(g, "ci95_high", s.ci95High());
  }

  private static void number(JsonGenerator g, String field, double v) throws IOException {
    if (Double.isFinite(v)) {
      g.writeNumberField(field, v);
    } else {
      g.writeNullField(field);
    }
  }

  /**
   * {@code evaluation,<PATH>...,<objective>_mean,<objective>_ci95_low,<objective>_ci95_high,
   * <constraint metric>_mean...,feasible,stage}; a point that did not load has empty estimates.
   */
  private static void writeTrace(OptimumResult r, Path file) throws IOException {
    Metric objective = r.goal().metric();
    List<Metric> constrained = r.goal().constraints().stream().map(Constraint::metric)
        .filter(m -> m != objective).distinct().toList();
    List<String> header = new ArrayList<>(List.of("evaluation"));
    header.addAll(r.space().paths());
    header.addAll(List.of(objective.key() + "_mean", objective.key() + "_ci95_low", objective.key() + "_ci95_high"));
    constrained.forEach(m -> header.add(m.key() + "_mean"));
    header.addAll(List.of("feasible", "stage"));
    AtomicFiles.write(file, out -> {
      var writer = new java.io.BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
      CSVPrinter csv = new CSVPrinter(writer, FORMAT);
      csv.printRecord(header);
      for (Evaluation e : r.trace()) {
        List<Object> row = new ArrayList<>();
        row.add(e.number());
        row.addAll(e.values());
        Tally.Summary o = e.metric(objective);
        row.addAll(List.of(CsvResults.cell(o.mean()), CsvResults.cell(o.ci95Low()), CsvResults.cell(o.ci95High())));
        constrained.forEach(m -> row.add(CsvResults.cell(e.metric(m).mean())));
        row.add(e.feasible(r.goal()));
        row.add(e.stage().label());
        csv.printRecord(row);
      }
      csv.flush();
    });
  }
}
