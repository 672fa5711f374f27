package backorder.report.chart;

import backorder.report.results.DisruptionWindow;
import backorder.report.results.NetworkLayout;
import backorder.report.results.RunResults;
import backorder.report.results.SeriesBand;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** The report's charts in reading order, all drawn from one {@link RunResults} with one palette. */
public final class ManagementCharts {

    private ManagementCharts() { }

    /** Builds every chart the results allow, in report order; charts whose data is missing are left out. */
    public static List<Figure> figures(RunResults r) {
        List<Figure> out = new ArrayList<>();
        for (Supplier<Optional<Figure>> chart : builders(r)) {
            chart.get().ifPresent(out::add);
        }
        return out;
    }

    /**
     * The same charts in the same order, each still to be built (empty when its data is missing), so that
     * each can be built on the thread that draws it.
     */
    public static List<Supplier<Optional<Figure>>> builders(RunResults r) {
        Headless.ensure();
        PolicyPalette palette = PolicyPalette.of(r.policyNames());
        List<Supplier<Optional<Figure>>> out = new ArrayList<>();
        out.add(() -> FanChart.of(r, palette, "backlog_units", "backlog_fan",
                "Backlog: units owed to waiting customers", "Units owed to waiting (backordered) customers"));
        out.add(() -> FanChart.of(r, palette, "on_hand", "on_hand_fan", "Stock on hand",
                "Units on the shelf"));
        if (r.hasNetwork()) {
            String warehouse = r.network().layout().locations().stream().filter(NetworkLayout.Place::isWarehouse)
                    .map(NetworkLayout.Place::name).findFirst().orElse("");
            out.add(() -> LocationFanChart.of(r, palette, byLocation(r, "backlog_units"), warehouse,
                    "location_backlog_fan", "Backlog at each location", "Units owed at each location (at a store: "
                    + "to its waiting customers; at the warehouse: to its stores)"));
            out.add(() -> LocationFanChart.of(r, palette, byLocation(r, "on_hand"), warehouse, "location_on_hand_fan",
                    "Stock on hand at each location", "Units on the shelf at each location"));
        }
        out.add(() -> CumulativeChart.of(r, palette));
        out.add(() -> ComparisonBars.of(r, palette));
        out.add(() -> WaitHistogram.of(r, palette));
        out.add(() -> CostFillScatter.of(r, palette));
        return out;
    }

    /** A series of location_timeseries.csv per location (network order), then per policy (scenario order). */
    static Map<String, Map<String, SeriesBand>> byLocation(RunResults r, String series) {
        Map<String, Map<String, SeriesBand>> out = new LinkedHashMap<>();
        for (String location : r.network().layout().names()) {
            Map<String, SeriesBand> byPolicy = new LinkedHashMap<>();
            for (String policy : r.policyNames()) {
                r.network().series().band(policy, location, series).ifPresent(b -> byPolicy.put(policy, b));
            }
            out.put(location, byPolicy);
        }
        return out;
    }

    /** The caption sentence about shaded windows, noting when recurring windows are those of replication 0. */
    static String shadingNote(RunResults r) {
        if (r.disruptions().isEmpty()) {
            return r.manifest().warmupDays() > 0 ? "The grey band is the warm-up, not counted in the metrics." : "";
        }
        boolean recurring = r.disruptions().stream().anyMatch(DisruptionWindow::recurring);
        return "Shaded: disruption windows" + (recurring
                ? " (recurring disruptions as realised in replication 0; other replications may differ)." : ".")
                + (r.manifest().warmupDays() > 0 ? " The grey band at the start is the warm-up." : "");
    }
}
