package backorder.report.results;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * {@code matrix.csv} read back: one {@link Cell} per scenario, policy and metric, and the
 * policies ordered by worst-case regret, feasibility first as in SPEC §5: those meeting every
 * scenario's constraints (wherever some shared policy meets them) by their largest regret over the
 * scenarios, then their mean regret, then file order; then those failing somewhere, by the number
 * of scenarios where they fail, then the same. A policy without a regret somewhere comes last.
 */
public record MatrixTable(List<String> scenarios, List<String> policies, Map<String, Cell> cells) {

    static final List<String> HEADER =
            List.of("scenario", "policy", "metric", "mean", "ci95_low", "ci95_high", "rank", "regret");

    /** One row: rank 0 and regret NaN off the scenario's objective metric. */
    public record Cell(String scenario, String policy, String metric, MetricStat stat, int rank, double regret) { }

    /**
     * A policy's standing across the scenarios.
     *
     * @param worst its largest regret (NaN when some scenario gives it none)
     * @param worstScenario where that regret happens
     * @param failing the number of scenarios where it fails a constraint that another shared policy meets
     * @param regrets its regret per scenario, in scenario order
     * @param ranks its rank per scenario, in scenario order
     */
    public record Standing(String policy, double worst, String worstScenario, double mean, int failing,
                           List<Double> regrets, List<Integer> ranks) { }

    /** Copies the lists and the map. */
    public MatrixTable {
        scenarios = List.copyOf(scenarios);
        policies = List.copyOf(policies);
        cells = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(cells));
    }

    /** The cell of that scenario, policy and metric, or null. */
    public Cell cell(String scenario, String policy, String metric) {
        return cells.get(key(scenario, policy, metric));
    }

    /** The metric a scenario ranks by: the one whose rows carry a rank (null if none does). */
    public String objectiveMetric(String scenario) {
        return cells.values().stream().filter(c -> c.scenario().equals(scenario) && c.rank() > 0)
                .map(Cell::metric).findFirst().orElse(null);
    }

    /** The regret on the scenario's objective, NaN when unknown. */
    public double regret(String scenario, String policy) {
        String m = objectiveMetric(scenario);
        Cell c = m == null ? null : cell(scenario, policy, m);
        return c == null ? Double.NaN : c.regret();
    }

    /**
     * Whether the policy's means fail one of the scenario's constraints (from the manifest) while
     * another shared policy meets them all; when none does, the scenario ranked all alike.
     */
    public boolean fails(MatrixManifest m, String scenario, String policy) {
        return failsOwn(m, scenario, policy) && policies.stream().anyMatch(p -> !failsOwn(m, scenario, p));
    }

    private boolean failsOwn(MatrixManifest m, String scenario, String policy) {
        MatrixManifest.ScenarioInfo info = m.scenario(scenario);
        if (info == null) {
            return false;
        }
        for (backorder.metric.Constraint c : info.objective().constraints()) {
            Cell cell = cell(scenario, policy, c.metric().key());
            if (!c.holds(cell == null ? Double.NaN : cell.stat().mean())) {
                return true;
            }
        }
        return false;
    }

    /** The policies, most robust first; the manifest gives each scenario's constraints. */
    public List<Standing> standings(MatrixManifest m) {
        List<Standing> out = new ArrayList<>();
        for (String p : policies) {
            int failing = 0;
            List<Double> regrets = new ArrayList<>();
            List<Integer> ranks = new ArrayList<>();
            double worst = Double.NEGATIVE_INFINITY;
            String where = null;
            double sum = 0;
            for (String s : scenarios) {
                double r = regret(s, p);
                String metric = objectiveMetric(s);
                regrets.add(r);
                ranks.add(metric == null || cell(s, p, metric) == null ? 0 : cell(s, p, metric).rank());
                sum += r;
                failing += fails(m, s, p) ? 1 : 0;
                if (Double.isNaN(r) || Double.isNaN(worst)) {
                    worst = Double.NaN;
                } else if (r > worst) {
                    worst = r;
                    where = s;
                }
            }
            out.add(new Standing(p, worst, Double.isNaN(worst) ? null : where, sum / scenarios.size(), failing,
                    regrets, ranks));
        }
        out.sort(Comparator.comparingInt((Standing s) -> Double.isNaN(s.worst()) ? Integer.MAX_VALUE : s.failing())
                .thenComparingDouble(s -> Double.isNaN(s.worst()) ? Double.POSITIVE_INFINITY : s.worst())
                .thenComparingDouble(s -> Double.isNaN(s.mean()) ? Double.POSITIVE_INFINITY : s.mean()));
        return out;
    }

    /** Reads the file; an error names the file and the line. */
    public static MatrixTable read(Path file) throws IOException {
        List<CSVRecord> records;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(in, CSVFormat.DEFAULT)) {
            records = parser.getRecords();
        } catch (IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
            throw new IOException(file + ": not valid CSV: " + e.getMessage(), e);
        }
        if (records.isEmpty() || !records.get(0).toList().equals(HEADER)) {
            throw new IOException(file + ": header must be " + String.join(",", HEADER)
                    + (records.isEmpty() ? ", found an empty file" : ", found " + String.join(",", records.get(0).toList())));
        }
        LinkedHashSet<String> scenarios = new LinkedHashSet<>();
        LinkedHashSet<String> policies = new LinkedHashSet<>();
        Map<String, Cell> cells = new LinkedHashMap<>();
        for (CSVRecord r : records.subList(1, records.size())) {
            if (r.size() != HEADER.size()) {
                throw new IOException(file + ":" + r.getRecordNumber() + ": " + r.size() + " cells, the header has "
                        + HEADER.size());
            }
            Cell c = new Cell(r.get(0), r.get(1), r.get(2), new MetricStat(number(file, r, 3), Double.NaN,
                    number(file, r, 4), number(file, r, 5)), rank(file, r), number(file, r, 7));
            scenarios.add(c.scenario());
            policies.add(c.policy());
            if (cells.put(key(c.scenario(), c.policy(), c.metric()), c) != null) {
                throw new IOException(file + ":" + r.getRecordNumber() + ": duplicate row for scenario '" + c.scenario()
                        + "', policy '" + c.policy() + "', metric '" + c.metric() + "'");
            }
        }
        return new MatrixTable(new ArrayList<>(scenarios), new ArrayList<>(policies), cells);
    }

    private static String key(String scenario, String policy, String metric) {
        return scenario + "\u0000" + policy + "\u0000" + metric;
    }

    private static int rank(Path file, CSVRecord r) throws IOException {
        String s = r.get(6).strip();
        if (s.isEmpty()) {
            return 0;
        }
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new IOException(file + ":" + r.getRecordNumber() + ": rank is not a whole number: '" + s + "'");
        }
    }

    private static double number(Path file, CSVRecord r, int column) throws IOException {
        return CsvCells.number(file, r, column);
    }
}
