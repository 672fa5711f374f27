package backorder.report.chart;

import backorder.report.VisibleText;
import backorder.report.results.RunResults;
import backorder.report.results.SeriesBand;
import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * A daily level of a network, one stacked panel per location: every policy's median line and
 * 10th–90th percentile band in each, so a panel shows where the policies differ at that place.
 */
public final class LocationFanChart {

    private static final Color LOCATION_LABEL = new Color(0x333333);

    private LocationFanChart() { }

    /**
     * Draws one series of location_timeseries.csv; empty when no location has it.
     *
     * @param bands per location (in network order), per policy, the series' band
     * @param warehouse the warehouse's name: its panel has a scale of its own (it holds the pooled stock),
     *     the stores share one so their heights compare directly
     */
    public static Optional<Figure> of(RunResults r, PolicyPalette palette, Map<String, Map<String, SeriesBand>> bands,
                                      String warehouse, String id, String title, String what) {
        List<String> locations = new ArrayList<>();
        double storeMax = 0;
        for (Map.Entry<String, Map<String, SeriesBand>> e : bands.entrySet()) {
            if (!e.getValue().isEmpty()) {
                locations.add(e.getKey());
                if (!e.getKey().equals(warehouse)) {
                    storeMax = Math.max(storeMax, max(e.getValue()));
                }
            }
        }
        if (locations.isEmpty()) {
            return Optional.empty();
        }
        NumberAxis days = ChartStyle.axis("day (days since start)");
        days.setRange(0, r.manifest().horizonDays());
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(days);
        combined.setGap(14);
        for (int i = 0; i < locations.size(); i++) {
            String loc = locations.get(i);
            double max = loc.equals(warehouse) ? max(bands.get(loc)) : storeMax;
            combined.add(panel(r, palette, loc, bands.get(loc), max > 0 ? max * 1.15 : 1.0, i == 0), 1);
        }
        LegendItemCollection legend = new LegendItemCollection();
        r.policyNames().forEach(p -> legend.add(new LegendItem(VisibleText.of(p), palette.colour(p))));
        combined.setFixedLegendItems(legend);
        JFreeChart chart = ChartStyle.chart(title, combined, true);
        ChartStyle.subtitle(chart, "one panel per location \u00b7 line: median across " + r.manifest().replications()
                + " replications \u00b7 band: 10th to 90th percentile");
        String caption = what + " at the end of each day, one panel per location (the stores share one scale; "
                + "the warehouse panel has its own), "
                + "every policy in its colour. The line is the median across " + r.manifest().replications()
                + " replications; the band holds the middle 80% of replications (10th to 90th percentile). "
                + ManagementCharts.shadingNote(r);
        return Optional.of(new Figure(id, title, caption, chart, 1200, 190 + 200 * locations.size()));
    }

    private static XYPlot panel(RunResults r, PolicyPalette palette, String location, Map<String, SeriesBand> byPolicy,
                                double upper, boolean labels) {
        YIntervalSeriesCollection ds = new YIntervalSeriesCollection();
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        renderer.setAlpha(0.18f);
        int k = 0;
        for (String policy : r.policyNames()) {
            SeriesBand band = byPolicy.get(policy);
            if (band == null) {
                continue;
            }
            ds.addSeries(FanChart.series(policy, band));
            renderer.setSeriesPaint(k, palette.colour(policy));
            renderer.setSeriesFillPaint(k, palette.colour(policy));
            renderer.setSeriesStroke(k, new BasicStroke(2.0f));
            k++;
        }
        return FanChart.bandPanel(r, ds, renderer, upper, labels, location, LOCATION_LABEL);
    }

    private static double max(Map<String, SeriesBand> byPolicy) {
        double max = 0;
        for (SeriesBand b : byPolicy.values()) {
            max = Math.max(max, b.max());
        }
        return max;
    }
}
