package backorder.report.results;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads timeseries.csv, wait_histogram.csv and replications.csv, naming file and line on any error.
 * Each reader takes the policy names of summary.json, or null to accept any name (the caller then checks).
 */
final class CsvTables {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader().setSkipHeaderRecord(true).setTrim(true).setIgnoreEmptyLines(true).get();

    private CsvTables() { }

    /** Reads timeseries.csv (policy,day,series,mean,p10,p50,p90) into bands by policy and series. */
    static TimeSeries timeSeries(Path file, Set<String> policies) throws IOException {
        Map<String, Map<String, TreeMap<Integer, double[]>>> raw = new LinkedHashMap<>();
        for (CSVRecord r : records(file, List.of("policy", "day", "series", "mean", "p10", "p50", "p90"))) {
            String policy = policy(file, r, policies);
            int day = integer(file, r, "day");
            double[] v = {number(file, r, "mean"), number(file, r, "p10"), number(file, r, "p50"),
                    number(file, r, "p90")};
            var bySeries = raw.computeIfAbsent(policy, k -> new LinkedHashMap<>())
                    .computeIfAbsent(r.get("series"), k -> new TreeMap<>());
            if (bySeries.put(day, v) != null) {
                throw fail(file, r, "duplicate row for policy '" + policy + "', series '" + r.get("series")
                        + "', day " + day);
            }
        }
        Map<String, Map<String, SeriesBand>> out = new LinkedHashMap<>();
        raw.forEach((policy, bySeries) -> {
            Map<String, SeriesBand> bands = new LinkedHashMap<>();
            bySeries.forEach((series, byDay) -> bands.put(series, band(byDay)));
            out.put(policy, bands);
        });
        return new TimeSeries(out);
    }

    /** Reads wait_histogram.csv (policy,bin_low_days,bin_high_days,orders) into bins sorted by lower edge. */
    static Map<String, List<WaitBin>> waitHistogram(Path file, Set<String> policies) throws IOException {
        Map<String, List<WaitBin>> out = new LinkedHashMap<>();
        for (CSVRecord r : records(file, List.of("policy", "bin_low_days", "bin_high_days", "orders"))) {
            String policy = policy(file, r, policies);
            double low = number(file, r, "bin_low_days");
            double high = number(file, r, "bin_high_days");
            if (Double.isNaN(low) || Double.isNaN(high) || !(high > low)) {
                throw fail(file, r, "bin edges must be numbers with bin_high_days > bin_low_days");
            }
            out.computeIfAbsent(policy, k -> new ArrayList<>()).add(new WaitBin(low, high, number(file, r, "orders")));
        }
        out.values().forEach(bins -> bins.sort((a, b) -> Double.compare(a.lowDays(), b.lowDays())));
        return out;
    }

    /** Reads replications.csv (policy,replication,metric...) keeping every metric column. */
    static ReplicationTable replications(Path file, Set<String> policies) throws IOException {
        Table table = table(file, List.of("policy", "replication"));
        List<String> metrics = table.header().subList(2, table.header().size());
        Map<String, SortedMap<Integer, double[]>> rows = new LinkedHashMap<>();
        for (CSVRecord r : table.records()) {
            String policy = policy(file, r, policies);
            int rep = integer(file, r, "replication");
            double[] values = new double[metrics.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = number(file, r, metrics.get(i));
            }
            if (rows.computeIfAbsent(policy, k -> new TreeMap<>()).put(rep, values) != null) {
                throw fail(file, r, "duplicate row for policy '" + policy + "', replication " + rep);
            }
        }
        return new ReplicationTable(metrics, rows);
    }

    /** A CSV file's header and every record, read whole. */
    record Table(List<String> header, List<CSVRecord> records) { }

    /**
     * Reads the whole file, then checks it has the required columns (metric columns follow them,
     * so the caller reads the header too).
     */
    static Table table(Path file, List<String> required) throws IOException {
        Table table = readWhole(file);
        requireColumns(file, table.header(), required);
        return table;
    }

    /** Reads a file whose header is exactly {@code columns}, in that order. */
    static List<CSVRecord> records(Path file, List<String> columns) throws IOException {
        Table table = readWhole(file);
        requireColumns(file, table.header(), columns); // names a missing column
        if (!table.header().equals(columns)) {
            throw new IOException(file + ": header is not the expected columns (expected " + String.join(",", columns)
                    + ", found " + String.join(",", table.header()) + ")");
        }
        return table.records();
    }

    /**
     * Parses the whole file; refused when its last line lacks the newline every writer ends it with, or a row
     * has more or fewer cells than the header (a file cut short or still being written).
     */
    private static Table readWhole(Path file) throws IOException {
        Table table;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(in, FORMAT)) {
            table = new Table(parser.getHeaderNames(), parser.getRecords());
        } catch (java.nio.charset.CharacterCodingException | IllegalArgumentException | IllegalStateException
                | java.io.UncheckedIOException e) {
            throw malformed(file, e);
        }
        requireFinalNewline(file); // after parsing, so that a binary file is reported as not text
        for (CSVRecord r : table.records()) {
            if (r.size() != table.header().size()) {
                throw fail(file, r, "row has " + r.size() + " cells, the header " + table.header().size()
                        + " (a file cut short or damaged)");
            }
        }
        return table;
    }

    /** Reads only the last byte: the result writers end every line, so a file without it was cut short. */
    private static void requireFinalNewline(Path file) throws IOException {
        try (var channel = java.nio.channels.FileChannel.open(file)) {
            long size = channel.size();
            if (size == 0) {
                throw new IOException(file + ": empty file (not even a header; a file cut short)");
            }
            var last = java.nio.ByteBuffer.allocate(1);
            channel.read(last, size - 1);
            if (last.get(0) != '\n') {
                throw new IOException(file + ": the last line has no newline (a file cut short or still being"
                        + " written)");
            }
        }
    }

    static IOException malformed(Path file, Exception e) {
        if (e instanceof java.nio.charset.CharacterCodingException
                || e.getCause() instanceof java.nio.charset.CharacterCodingException) {
            return new IOException(file + ": not UTF-8 text (a binary or damaged file)", e);
        }
        String message = e instanceof java.io.UncheckedIOException && e.getCause() != null
                ? e.getCause().getMessage() : e.getMessage();
        return new IOException(file + ": not valid CSV: " + message, e);
    }

    static void requireColumns(Path file, List<String> header, List<String> required) throws IOException {
        for (String col : required) {
            if (!header.contains(col)) {
                throw new IOException(file + ": header lacks column '" + col + "' (expected " + String.join(",", required)
                        + ", found " + String.join(",", header) + ")");
            }
        }
    }

    static SeriesBand band(TreeMap<Integer, double[]> byDay) {
        int n = byDay.size();
        int[] days = new int[n];
        double[][] cols = new double[4][n];
        int i = 0;
        for (Map.Entry<Integer, double[]> e : byDay.entrySet()) {
            days[i] = e.getKey();
            for (int c = 0; c < 4; c++) {
                cols[c][i] = e.getValue()[c];
            }
            i++;
        }
        return new SeriesBand(days, cols[0], cols[1], cols[2], cols[3]);
    }

    private static String policy(Path file, CSVRecord r, Set<String> policies) throws IOException {
        String p = get(file, r, "policy");
        if (policies != null && !policies.contains(p)) {
            throw fail(file, r, "policy '" + p + "' is not in summary.json");
        }
        return p;
    }

    static int integer(Path file, CSVRecord r, String column) throws IOException {
        String s = get(file, r, column);
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            double d = number(file, r, column);
            if (d == Math.rint(d) && Math.abs(d) < Integer.MAX_VALUE) {
                return (int) d;
            }
            throw fail(file, r, "column '" + column + "': not a whole number: '" + s + "'");
        }
    }

    /**
     * Parses a cell; empty means null (NaN) and "inf"/"Infinity" mean positive infinity, which only
     * the open upper edge of the last histogram bin may be (the charts cannot draw infinite values).
     */
    static double number(Path file, CSVRecord r, String column) throws IOException {
        double v = parse(file, r, column);
        if (Double.isInfinite(v) && !column.equals("bin_high_days")) {
            throw fail(file, r, "column '" + column + "': not a finite number: '" + r.get(column) + "'");
        }
        return v;
    }

    private static double parse(Path file, CSVRecord r, String column) throws IOException {
        String s = get(file, r, column);
        switch (s.toLowerCase(java.util.Locale.ROOT)) {
            case "": case "nan": case "null": return Double.NaN;
            case "inf": case "+inf": case "infinity": case "+infinity": return Double.POSITIVE_INFINITY;
            case "-inf": case "-infinity": return Double.NEGATIVE_INFINITY;
            default:
                try {
                    return Double.parseDouble(s);
                } catch (NumberFormatException e) {
                    throw fail(file, r, "column '" + column + "': not a number: '" + s + "'");
                }
        }
    }

    static String get(Path file, CSVRecord r, String column) throws IOException {
        if (!r.isSet(column)) {
            throw fail(file, r, "row has no value for column '" + column + "'");
        }
        return r.get(column);
    }

    static IOException fail(Path file, CSVRecord r, String message) {
        return new IOException(file + ":" + (r.getRecordNumber() + 1) + ": " + message);
    }
}
