package backorder.report;

import backorder.experiment.Comparison;
import backorder.experiment.Comparisons;
import backorder.experiment.DailyBands;
import backorder.experiment.ExperimentResult;
import backorder.experiment.PairedComparison;
import backorder.experiment.PolicyResult;
import backorder.experiment.Tally;
import backorder.model.DailySeries;
import backorder.metric.Metric;
import backorder.model.ReplicationResult;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The analyst's CSV files: {@code replications.csv}, {@code summary.csv}, {@code timeseries.csv}
 * (long format), {@code wait_histogram.csv} and {@code comparisons.csv}. Empty cells stand for "no observation".
 */
public final class CsvResults {

  private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

  private CsvResults() {}

  public static void writeAll(ExperimentResult result, Path dir) throws IOException {
    writeReplications(result, dir.resolve("replications.csv"));
    writeSummary(result, dir.resolve("summary.csv"));
    writeTimeseries(result, dir.resolve("timeseries.csv"));
    writeWaitHistogram(result, dir.resolve("wait_histogram.csv"));
    writeComparisons(Comparisons.of(result.policies()), dir.resolve("comparisons.csv"));
    if (result.plan().scenario().network() != null) {
      NetworkCsv.writeAll(result, dir);
    }
  }

  static void writeReplications(ExperimentResult result, Path file) throws IOException {
    List<String> header = new ArrayList<>(List.of("policy", "replication"));
    for (Metric m : Metric.values()) {
      header.add(m.key());
    }
    write(file, header, csv -> {
      for (PolicyResult p : result.policies()) {
        double[][] rows = p.replicationTotals();
        for (int r = 0; r < rows.length; r++) {
          List<Object> row = new ArrayList<>();
          row.add(p.name());
          row.add(r);
          for (Metric m : Metric.values()) {
            row.add(cell(rows[r][m.ordinal()]));
          }
          record(csv, row);
        }
      }
    });
  }

  static void writeSummary(ExperimentResult result, Path file) throws IOException {
    write(file, List.of("policy", "metric", "mean", "sd", "ci95_low", "ci95_high"), csv -> {
      for (PolicyResult p : result.policies()) {
        for (Metric m : Metric.values()) {
          Tally.Summary s = p.totals()[m.ordinal()];
          record(csv, p.name(), m.key(), cell(s.mean()), cell(s.sd()), cell(s.ci95Low()),
              cell(s.ci95High()));
        }
      }
    });
  }

  static void writeTimeseries(ExperimentResult result, Path file) throws IOException {
    write(file, List.of("policy", "day", "series", "mean", "p10", "p50", "p90"), csv -> {
      for (PolicyResult p : result.policies()) {
        appendBands(csv, formatted(p.name(), true), p.daily());
      }
    });
  }

  /**
   * Every day's bands, thousands of rows a policy, as rows {@code prefix,day,series,mean,p10,p50,p90}
   * ({@code prefix}: the leading cells, already formatted): appended as text to the printer's output
   * (a number never needs quotes; the series' names are quoted by the format, once each) rather than
   * printed cell by cell, which costs far more per row while the code is still cold.
   */
  static void appendBands(CSVPrinter csv, String prefix, DailyBands bands) throws IOException {
    DailySeries[] series = DailySeries.values();
    String[] seriesCells = new String[series.length];
    for (DailySeries s : series) {
      seriesCells[s.ordinal()] = formatted(s.key(), false);
    }
    Appendable out = csv.getOut();
    StringBuilder row = new StringBuilder(128);
    int days = bands.mean()[0].length;
    for (int d = 0; d < days; d++) {
      for (int i = 0; i < series.length; i++) {
        row.setLength(0);
        row.append(prefix).append(',').append(d).append(seriesCells[i]);
        row.append(',').append(cell(bands.mean()[i][d])).append(',').append(cell(bands.p10()[i][d]));
        row.append(',').append(cell(bands.p50()[i][d])).append(',').append(cell(bands.p90()[i][d]));
        out.append(row.append('\n'));
      }
    }
  }

  /** A text cell as the format prints it: first in its record, or after the delimiter. */
  static String formatted(String value, boolean first) throws IOException {
    StringBuilder cell = new StringBuilder();
    FORMAT.print(value, cell, first);
    return cell.toString();
  }

  static void writeWaitHistogram(ExperimentResult result, Path file) throws IOException {
    write(file, List.of("policy", "bin_low_days", "bin_high_days", "orders"), csv -> {
      for (PolicyResult p : result.policies()) {
        double[] bins = p.meanWaitHistogram();
        for (int b = 0; b < bins.length; b++) {
          String high = b == ReplicationResult.WAIT_BINS ? "inf" : Integer.toString(b + 1);
          record(csv, p.name(), b, high, cell(bins[b]));
        }
      }
    });
  }

  static void writeComparisons(Comparisons comparisons, Path file) throws IOException {
    write(file, List.of("policy", "baseline", "metric", "mean_diff", "sd_diff", "ci95_low",
        "ci95_high", "p_value", "p_adjusted"), csv -> {
          for (Comparison c : comparisons.rows()) {
            PairedComparison s = c.stats();
            record(csv, c.policy(), c.baseline(), c.metric().key(), cell(s.meanDiff()),
                cell(s.sdDiff()), cell(s.ci95Low()), cell(s.ci95High()), cell(s.pValue()),
                cell(c.pAdjusted()));
          }
        });
  }

  /** Numbers as Java prints them (shortest round-trip form); NaN as an empty cell. */
  static String cell(double v) {
    if (!Double.isFinite(v)) {
      return "";
    }
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return Double.toString(v);
  }

  /**
   * Prints one record cell by cell, the bytes {@link CSVPrinter#printRecord(Iterable)} prints, without
   * the stream (commons-io's IOStream) it builds around every record.
   */
  static void record(CSVPrinter csv, Iterable<?> values) throws IOException {
    for (Object value : values) {
      csv.print(value);
    }
    csv.println();
  }

  /** As above for the values given. */
  static void record(CSVPrinter csv, Object... values) throws IOException {
    record(csv, Arrays.asList(values));
  }

  interface Rows {
    void print(CSVPrinter csv) throws IOException;
  }

  static void write(Path file, List<String> header, Rows rows) throws IOException {
    AtomicFiles.write(file, out -> {
      var writer = new java.io.BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
      CSVPrinter csv = new CSVPrinter(writer, FORMAT);
      record(csv, header);
      rows.print(csv);
      csv.flush();
    });
  }
}
