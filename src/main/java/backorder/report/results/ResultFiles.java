package backorder.report.results;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/** Reads the result files of one run directory into an immutable {@link RunResults}. */
public final class ResultFiles {

    /** The run's machine-readable summary (required). */
    public static final String SUMMARY_JSON = "summary.json";
    /** Daily levels across replications (required). */
    public static final String TIMESERIES_CSV = "timeseries.csv";
    /** Backorder waiting-time histogram (required). */
    public static final String WAIT_HISTOGRAM_CSV = "wait_histogram.csv";
    /** One row per policy and replication (required: the headline's paired difference uses it). */
    public static final String REPLICATIONS_CSV = "replications.csv";
    /** A network run's per-location rows (required when summary.json has "network"). */
    public static final String LOCATION_REPLICATIONS_CSV = "location_replications.csv";
    /** A network run's per-location summary (not read: it repeats summary.json's "locations"). */
    public static final String LOCATION_SUMMARY_CSV = "location_summary.csv";
    /** A network run's per-location daily series (required when summary.json has "network"). */
    public static final String LOCATION_TIMESERIES_CSV = "location_timeseries.csv";

    private ResultFiles() { }

    /**
     * Reads summary.json, timeseries.csv, wait_histogram.csv and replications.csv from {@code dir}.
     * summary.csv is not read: it repeats summary.json.
     *
     * @throws NoSuchFileException when the directory or a file is missing (the message names it)
     * @throws IOException when a file is malformed (the message names file, line or field)
     */
    public static RunResults read(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new NoSuchFileException(dir.toString(), null, "result directory not found");
        }
        // the CSV files are parsed on a second thread while this one reads summary.json
        FutureTask<Tables> early = new FutureTask<>(() -> tables(dir, null));
        Thread reader = new Thread(early, "result-files-reader");
        reader.setDaemon(true);
        reader.start();
        SummaryReader.Parsed summary;
        try {
            summary = SummaryReader.read(existing(dir, SUMMARY_JSON));
        } catch (IOException | RuntimeException e) {
            early.cancel(true); // the tables are not needed after all
            throw e;
        }
        Set<String> names = new LinkedHashSet<>();
        summary.policies().forEach(p -> names.add(p.name()));
        Tables t = checked(early, dir, names);
        checkReplications(dir.resolve(REPLICATIONS_CSV), t.replications(), summary);
        checkDaily(dir, t, summary);
        return new RunResults(summary.manifest(), summary.objective(), summary.disruptions(), summary.policies(),
                t.timeSeries(), t.waitHistogram(), t.replications(), summary.comparisons(),
                network(dir, summary, names));
    }

    /** timeseries.csv, wait_histogram.csv and replications.csv. */
    private record Tables(TimeSeries timeSeries, Map<String, List<WaitBin>> waitHistogram,
                          ReplicationTable replications) {

        /** Whether every policy the tables name is one of {@code names}. */
        boolean namesOnly(Set<String> names) {
            return names.containsAll(timeSeries.byPolicy().keySet()) && names.containsAll(waitHistogram.keySet())
                    && names.containsAll(replications.rows().keySet());
        }
    }

    /** The tables, with any policy name accepted when {@code names} is null. */
    private static Tables tables(Path dir, Set<String> names) throws IOException {
        return new Tables(CsvTables.timeSeries(existing(dir, TIMESERIES_CSV), names),
                CsvTables.waitHistogram(existing(dir, WAIT_HISTOGRAM_CSV), names),
                CsvTables.replications(existing(dir, REPLICATIONS_CSV), names));
    }

    /**
     * The early tables when they read without error and name only summary.json's policies; otherwise the
     * tables read again on this thread, checking the names, so a problem is reported as a sequential read does.
     */
    private static Tables checked(FutureTask<Tables> early, Path dir, Set<String> names) throws IOException {
        try {
            Tables t = early.get();
            if (t.namesOnly(names)) {
                return t;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading the result files", e);
        } catch (ExecutionException e) {
            // read again below: that names the file and line the way the sequential read did
        }
        return tables(dir, names);
    }

    /**
     * replications.csv must carry summary.json's metrics as columns and one row per policy and replication:
     * a file cut at a line's end, or left from another run, would otherwise drop a chart or change a value.
     */
    private static void checkReplications(Path file, ReplicationTable table, SummaryReader.Parsed summary)
            throws IOException {
        Set<String> metrics = new LinkedHashSet<>();
        summary.policies().forEach(p -> metrics.addAll(p.metrics().keySet()));
        Set<String> columns = new LinkedHashSet<>(table.metrics());
        if (!columns.equals(metrics)) {
            Set<String> missing = new LinkedHashSet<>(metrics);
            missing.removeAll(columns);
            columns.removeAll(metrics);
            throw new IOException(file + ": metric columns differ from summary.json's metrics (missing: "
                    + (missing.isEmpty() ? "none" : String.join(",", missing)) + "; not in summary.json: "
                    + (columns.isEmpty() ? "none" : String.join(",", columns)) + ")");
        }
        int replications = summary.manifest().replications();
        for (PolicyResult p : summary.policies()) {
            requireReplicationRows(file, table.rows().get(p.name()), replications, "policy '" + p.name() + "'");
        }
    }

    /** One row per replication summary.json counts, for {@code whose} rows (null: none). */
    private static void requireReplicationRows(Path file, SortedMap<Integer, double[]> rows, int replications,
            String whose) throws IOException {
        int count = rows == null ? 0 : rows.size();
        if (count != replications) {
            throw new IOException(file + ": " + count + " rows for " + whose + ", but summary.json says "
                    + replications + " replications (a file cut short or from another run)");
        }
    }

    /**
     * timeseries.csv must hold every day of the horizon for each policy and series, and wait_histogram.csv end
     * each policy's bins with the open-ended one: either file cut exactly at a line's end (no row count is in
     * summary.json) would otherwise lose a stretch of a chart without a word.
     */
    private static void checkDaily(Path dir, Tables t, SummaryReader.Parsed summary) throws IOException {
        int days = horizonDays(summary);
        Set<String> series = null;
        for (PolicyResult p : summary.policies()) {
            Map<String, SeriesBand> bands = t.timeSeries().byPolicy().getOrDefault(p.name(), Map.of());
            if (series == null) {
                series = bands.keySet();
            }
            requireDays(dir.resolve(TIMESERIES_CSV), bands, series, days, "policy '" + p.name() + "'",
                    "the first policy");
            List<WaitBin> bins = t.waitHistogram().getOrDefault(p.name(), List.of());
            if (bins.isEmpty() || !bins.get(bins.size() - 1).openEnded()) {
                throw new IOException(dir.resolve(WAIT_HISTOGRAM_CSV) + ": the bins of policy '" + p.name()
                        + "' do not end with the open-ended one (a file cut short)");
            }
        }
    }

    /** The days of summary.json's horizon, or -1 when it records none. */
    private static int horizonDays(SummaryReader.Parsed summary) {
        double horizon = summary.manifest().horizonDays();
        return Double.isFinite(horizon) && horizon > 0 ? (int) Math.ceil(horizon) : -1;
    }

    /**
     * {@code whose} daily series must be the {@code series} of the first one read ({@code first}) and each hold
     * every day of the horizon ({@code days}; -1: not checked).
     */
    private static void requireDays(Path file, Map<String, SeriesBand> bands, Set<String> series, int days,
            String whose, String first) throws IOException {
        if (bands.isEmpty() || !bands.keySet().equals(series)) {
            throw new IOException(file + ": " + whose + " has series " + bands.keySet() + ", " + first + " " + series
                    + " (a file cut short or from another run)");
        }
        for (Map.Entry<String, SeriesBand> band : bands.entrySet()) {
            if (days >= 0 && band.getValue().size() != days) {
                throw new IOException(file + ": " + band.getValue().size() + " days of '" + band.getKey() + "' for "
                        + whose + ", but the horizon has " + days + " (a file cut short or from another run)");
            }
        }
    }

    /** A network run's results (SPEC §7), or null when summary.json has no "network". */
    private static NetworkResults network(Path dir, SummaryReader.Parsed summary, Set<String> names)
            throws IOException {
        if (summary.network() == null) {
            return null;
        }
        var locations = summary.network().names();
        LocationReplications replications =
                NetworkTables.replications(existing(dir, LOCATION_REPLICATIONS_CSV), names, locations);
        checkLocationReplications(dir.resolve(LOCATION_REPLICATIONS_CSV), replications, summary, locations);
        LocationSeries series = NetworkTables.series(existing(dir, LOCATION_TIMESERIES_CSV), names, locations);
        checkLocationDaily(dir.resolve(LOCATION_TIMESERIES_CSV), series, summary, locations);
        return new NetworkResults(summary.network(), summary.locationMetrics(), series, replications);
    }

    /** location_timeseries.csv must hold the same series for every policy and location, each for every day. */
    private static void checkLocationDaily(Path file, LocationSeries table, SummaryReader.Parsed summary,
            List<String> locations) throws IOException {
        int days = horizonDays(summary);
        Set<String> series = null;
        for (PolicyResult p : summary.policies()) {
            Map<String, Map<String, SeriesBand>> byLocation = table.byPolicy().getOrDefault(p.name(), Map.of());
            for (String location : locations) {
                Map<String, SeriesBand> bands = byLocation.getOrDefault(location, Map.of());
                if (series == null) {
                    series = bands.keySet();
                }
                requireDays(file, bands, series, days, "policy '" + p.name() + "' at '" + location + "'",
                        "the first policy and location");
            }
        }
    }

    /** location_replications.csv must hold one row per policy, location and replication, as replications.csv. */
    private static void checkLocationReplications(Path file, LocationReplications table, SummaryReader.Parsed summary,
            List<String> locations) throws IOException {
        int replications = summary.manifest().replications();
        for (PolicyResult p : summary.policies()) {
            Map<String, ReplicationTable> byLocation = table.byPolicy().getOrDefault(p.name(), Map.of());
            for (String location : locations) {
                ReplicationTable t = byLocation.get(location);
                requireReplicationRows(file, t == null ? null : t.rows().get(p.name()), replications,
                        "policy '" + p.name() + "' at '" + location + "'");
            }
        }
    }

    private static Path existing(Path dir, String name) throws NoSuchFileException {
        Path file = dir.resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null, "missing result file " + name);
        }
        return file;
    }

    /** Loads and exercises the JSON and CSV readers on a tiny input (a cold JVM's class loading). */
    public static void warmUpReaders() throws IOException {
        JsonTree.parse("{\"policies\": [{\"name\": \"a\", \"metrics\": {\"x\": {\"mean\": 1.5, \"sd\": null}}}]}");
        org.apache.commons.csv.CSVFormat.DEFAULT.parse(new java.io.StringReader("a,b\n1,2\n")).getRecords();
    }
}
