package backorder.report.results;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.commons.csv.CSVRecord;

/** Reads location_timeseries.csv and location_replications.csv (SPEC §7), naming file and line on any error. */
final class NetworkTables {

    private NetworkTables() { }

    /** policy,location,day,series,mean,p10,p50,p90 into bands by policy, location and series. */
    static LocationSeries series(Path file, Set<String> policies, List<String> locations) throws IOException {
        Map<String, Map<String, Map<String, TreeMap<Integer, double[]>>>> raw = new LinkedHashMap<>();
        for (CSVRecord r : CsvTables.records(file, List.of("policy", "location", "day", "series", "mean", "p10",
                "p50", "p90"))) {
            String policy = known(file, r, "policy", policies);
            String location = known(file, r, "location", Set.copyOf(locations));
            int day = CsvTables.integer(file, r, "day");
            double[] v = {CsvTables.number(file, r, "mean"), CsvTables.number(file, r, "p10"),
                    CsvTables.number(file, r, "p50"), CsvTables.number(file, r, "p90")};
            var byDay = raw.computeIfAbsent(policy, k -> new LinkedHashMap<>())
                    .computeIfAbsent(location, k -> new LinkedHashMap<>())
                    .computeIfAbsent(r.get("series"), k -> new TreeMap<>());
            if (byDay.put(day, v) != null) {
                throw CsvTables.fail(file, r, "duplicate row for policy '" + policy + "', location '" + location
                        + "', series '" + r.get("series") + "', day " + day);
            }
        }
        Map<String, Map<String, Map<String, SeriesBand>>> out = new LinkedHashMap<>();
        raw.forEach((policy, byLocation) -> {
            Map<String, Map<String, SeriesBand>> places = new LinkedHashMap<>();
            byLocation.forEach((location, bySeries) -> {
                Map<String, SeriesBand> bands = new LinkedHashMap<>();
                bySeries.forEach((series, byDay) -> bands.put(series, CsvTables.band(byDay)));
                places.put(location, bands);
            });
            out.put(policy, places);
        });
        return new LocationSeries(out);
    }

    /** policy,location,replication,metric... keeping every metric column. */
    static LocationReplications replications(Path file, Set<String> policies, List<String> locations)
            throws IOException {
        CsvTables.Table table = CsvTables.table(file, List.of("policy", "location", "replication"));
        List<String> metrics = table.header().subList(3, table.header().size());
        Map<String, Map<String, SortedMap<Integer, double[]>>> rows = new LinkedHashMap<>();
        for (CSVRecord r : table.records()) {
            String policy = known(file, r, "policy", policies);
            String location = known(file, r, "location", Set.copyOf(locations));
            int rep = CsvTables.integer(file, r, "replication");
            double[] values = new double[metrics.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = CsvTables.number(file, r, metrics.get(i));
            }
            if (rows.computeIfAbsent(policy, k -> new LinkedHashMap<>()).computeIfAbsent(location,
                    k -> new TreeMap<>()).put(rep, values) != null) {
                throw CsvTables.fail(file, r, "duplicate row for policy '" + policy + "', location '" + location
                        + "', replication " + rep);
            }
        }
        Map<String, Map<String, ReplicationTable>> tables = new LinkedHashMap<>();
        rows.forEach((policy, byLocation) -> {
            Map<String, ReplicationTable> t = new LinkedHashMap<>();
            byLocation.forEach((location, byRep) -> t.put(location, new ReplicationTable(metrics,
                    Map.of(policy, byRep))));
            tables.put(policy, t);
        });
        return new LocationReplications(metrics, tables);
    }

    private static String known(Path file, CSVRecord r, String column, Set<String> names) throws IOException {
        String v = CsvTables.get(file, r, column);
        if (!names.contains(v)) {
            throw CsvTables.fail(file, r, column + " '" + v + "' is not in summary.json");
        }
        return v;
    }
}
