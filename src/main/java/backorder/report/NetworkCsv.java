package backorder.report;

import backorder.experiment.ExperimentResult;
import backorder.experiment.LocationResult;
import backorder.experiment.PolicyResult;
import backorder.experiment.Tally;
import backorder.metric.Metric;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The network-only CSV files (SPEC §7), written only for a scenario with {@code locations}:
 * {@code location_replications.csv} ({@code policy,location,replication,<metric>,...}),
 * {@code location_summary.csv} ({@code policy,location,metric,mean,sd,ci95_low,ci95_high}) and
 * {@code location_timeseries.csv} ({@code policy,location,day,series,mean,p10,p50,p90}).
 */
public final class NetworkCsv {

    public static final String REPLICATIONS = "location_replications.csv";
    public static final String SUMMARY = "location_summary.csv";
    public static final String TIMESERIES = "location_timeseries.csv";

    private NetworkCsv() {}

    static void writeAll(ExperimentResult result, Path dir) throws IOException {
        writeReplications(result, dir.resolve(REPLICATIONS));
        writeSummary(result, dir.resolve(SUMMARY));
        writeTimeseries(result, dir.resolve(TIMESERIES));
    }

    private static void writeReplications(ExperimentResult result, Path file) throws IOException {
        List<String> header = new ArrayList<>(List.of("policy", "location", "replication"));
        for (Metric m : Metric.values()) {
            header.add(m.key());
        }
        CsvResults.write(file, header, csv -> {
            for (PolicyResult p : result.policies()) {
                for (LocationResult l : p.locations()) {
                    double[][] rows = l.replicationTotals();
                    for (int r = 0; r < rows.length; r++) {
                        List<Object> row = new ArrayList<>(List.of(p.name(), l.name(), r));
                        for (Metric m : Metric.values()) {
                            row.add(CsvResults.cell(rows[r][m.ordinal()]));
                        }
                        CsvResults.record(csv, row);
                    }
                }
            }
        });
    }

    private static void writeSummary(ExperimentResult result, Path file) throws IOException {
        CsvResults.write(file, List.of("policy", "location", "metric", "mean", "sd", "ci95_low",
                "ci95_high"), csv -> {
                    for (PolicyResult p : result.policies()) {
                        for (LocationResult l : p.locations()) {
                            for (Metric m : Metric.values()) {
                                Tally.Summary s = l.totals()[m.ordinal()];
                                CsvResults.record(csv, p.name(), l.name(), m.key(), CsvResults.cell(s.mean()),
                                        CsvResults.cell(s.sd()), CsvResults.cell(s.ci95Low()),
                                        CsvResults.cell(s.ci95High()));
                            }
                        }
                    }
                });
    }

    private static void writeTimeseries(ExperimentResult result, Path file) throws IOException {
        CsvResults.write(file, List.of("policy", "location", "day", "series", "mean", "p10", "p50",
                "p90"), csv -> {
                    for (PolicyResult p : result.policies()) {
                        String policy = CsvResults.formatted(p.name(), true);
                        for (LocationResult l : p.locations()) {
                            CsvResults.appendBands(csv, policy + CsvResults.formatted(l.name(), false), l.daily());
                        }
                    }
                });
    }
}
