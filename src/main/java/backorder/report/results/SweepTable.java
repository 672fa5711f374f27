package backorder.report.results;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * {@code sweep.csv} read back: one {@link Setting} per grid point and policy, with every metric's
 * statistics, in file order. The parameter columns are those between {@code point} and
 * {@code policy}.
 *
 * @param parameters the varied scenario paths, in column order
 * @param metricNames the metrics in file order
 */
public record SweepTable(List<String> parameters, List<String> metricNames, List<Setting> settings) {

    private static final List<String> TAIL = List.of("policy", "metric", "mean", "sd", "ci95_low", "ci95_high");

    /** Copies the lists. */
    public SweepTable {
        parameters = List.copyOf(parameters);
        metricNames = List.copyOf(metricNames);
        settings = List.copyOf(settings);
    }

    /**
     * One policy at one grid point.
     *
     * @param values the parameters' values at the point, in column order
     */
    public record Setting(int point, List<String> values, String policy, Map<String, MetricStat> metrics) {

        /** Copies the values and metrics. */
        public Setting {
            values = List.copyOf(values);
            metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
        }

        /** The metric's statistics ({@link MetricStat#UNDEFINED} when absent). */
        public MetricStat metric(String name) {
            return metrics.getOrDefault(name, MetricStat.UNDEFINED);
        }

        /** The mean of a metric, NaN when it has none. */
        public double mean(String name) {
            return metric(name).mean();
        }
    }

    /** The policy names in file order. */
    public List<String> policies() {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        settings.forEach(s -> names.add(s.policy()));
        return List.copyOf(names);
    }

    /** Reads the file; an error names the file and the line. */
    public static SweepTable read(Path file) throws IOException {
        List<CSVRecord> records;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(in, CSVFormat.DEFAULT)) {
            records = parser.getRecords();
        } catch (IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
            throw new IOException(file + ": not valid CSV: " + e.getMessage(), e);
        }
        if (records.isEmpty()) {
            throw new IOException(file + ": empty file, expected a header row");
        }
        List<String> header = records.get(0).toList();
        int params = header.size() - 1 - TAIL.size();
        if (params < 0 || !header.get(0).equals("point") || !header.subList(params + 1, header.size()).equals(TAIL)) {
            throw new IOException(file + ": header must be point,<PATH>...," + String.join(",", TAIL)
                    + ", found " + String.join(",", header));
        }
        Map<String, Row> rows = new LinkedHashMap<>();
        LinkedHashSet<String> metrics = new LinkedHashSet<>();
        for (CSVRecord r : records.subList(1, records.size())) {
            if (r.size() != header.size()) {
                throw new IOException(file + ":" + r.getRecordNumber() + ": " + r.size() + " cells, the header has "
                        + header.size());
            }
            int point = point(file, r);
            List<String> values = r.toList().subList(1, 1 + params);
            String policy = r.get(params + 1);
            String metric = r.get(params + 2);
            metrics.add(metric);
            Row row = rows.computeIfAbsent(point + "\u0000" + policy, k -> new Row(point, values, policy));
            MetricStat stat = new MetricStat(number(file, r, params + 3), number(file, r, params + 4),
                    number(file, r, params + 5), number(file, r, params + 6));
            if (row.metrics.put(metric, stat) != null) {
                throw new IOException(file + ":" + r.getRecordNumber() + ": duplicate row for point " + point
                        + ", policy '" + policy + "', metric '" + metric + "'");
            }
        }
        List<Setting> settings = rows.values().stream()
                .map(row -> new Setting(row.point, row.values, row.policy, row.metrics)).toList();
        return new SweepTable(header.subList(1, 1 + params), new ArrayList<>(metrics), settings);
    }

    private static int point(Path file, CSVRecord r) throws IOException {
        try {
            return Integer.parseInt(r.get(0).strip());
        } catch (NumberFormatException e) {
            throw new IOException(file + ":" + r.getRecordNumber() + ": point is not a whole number: '" + r.get(0) + "'");
        }
    }

    private static double number(Path file, CSVRecord r, int column) throws IOException {
        return CsvCells.number(file, r, column);
    }

    /** A setting being read. */
    private static final class Row {
        final int point;
        final List<String> values;
        final String policy;
        final Map<String, MetricStat> metrics = new LinkedHashMap<>();

        Row(int point, List<String> values, String policy) {
            this.point = point;
            this.values = values;
            this.policy = policy;
        }
    }
}
