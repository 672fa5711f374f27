package backorder.report.chart;

import backorder.report.results.RunResults;
import backorder.report.results.SeriesBand;
import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/** A daily level as a fan: one stacked panel per policy with its median line and 10th–90th percentile band. */
public final class FanChart {

    private FanChart() { }

    /**
     * Draws the named series of timeseries.csv (e.g. {@code backlog_units}); empty when no policy has it.
     * Panels share one value axis so their heights compare directly.
     */
    public static Optional<Figure> of(RunResults r, PolicyPalette palette, String series, String id,
                                      String title, String what) {
        List<String> policies = new ArrayList<>();
        double max = 0;
        for (String p : r.policyNames()) {
            Optional<SeriesBand> band = r.timeSeries().band(p, series);
            if (band.isPresent()) {
                policies.add(p);
                max = Math.max(max, band.get().max());
            }
        }
        if (policies.isEmpty()) {
            return Optional.empty();
        }
        double upper = max > 0 ? max * 1.25 : 1.0;
        NumberAxis days = ChartStyle.axis("day (days since start)");
        days.setRange(0, r.manifest().horizonDays());
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(days);
        combined.setGap(14);
        for (int i = 0; i < policies.size(); i++) {
            String p = policies.get(i);
            combined.add(panel(r, palette, p, r.timeSeries().band(p, series).orElseThrow(), upper, i == 0), 1);
        }
        JFreeChart chart = ChartStyle.chart(title, combined, false);
        ChartStyle.subtitle(chart, "line: median across " + r.manifest().replications()
                + " replications \u00b7 band: 10th to 90th percentile \u00b7 shaded: disruption windows");
        String caption = what + " at the end of each day, one panel per policy (same scale in every panel). "
                + "The line is the median across " + r.manifest().replications() + " replications; the band "
                + "holds the middle 80% of replications (10th to 90th percentile). "
                + ManagementCharts.shadingNote(r);
        return Optional.of(new Figure(id, title, caption, chart, 1200, 150 + 190 * policies.size()));
    }

    private static XYPlot panel(RunResults r, PolicyPalette palette, String policy, SeriesBand band,
                                double upper, boolean labels) {
        YIntervalSeries s = series(policy, band);
        YIntervalSeriesCollection ds = new YIntervalSeriesCollection();
        ds.addSeries(s);
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        renderer.setSeriesPaint(0, palette.colour(policy));
        renderer.setSeriesFillPaint(0, palette.colour(policy));
        renderer.setSeriesStroke(0, new BasicStroke(2.2f));
        renderer.setAlpha(0.25f);
        return bandPanel(r, ds, renderer, upper, labels, policy, palette.colour(policy));
    }

    /**
     * One panel of a fan chart: the bands on a units axis from 0 to {@code upper}, the disruption
     * windows shaded (labelled when {@code labels}) and the panel's name in its corner.
     */
    static XYPlot bandPanel(RunResults r, YIntervalSeriesCollection ds, DeviationRenderer renderer, double upper,
                            boolean labels, String name, Color nameColour) {
        NumberAxis units = ChartStyle.axis("units");
        units.setRange(0, upper);
        XYPlot plot = new XYPlot(ds, null, units, renderer);
        ChartStyle.stylePlot(plot);
        double horizon = r.manifest().horizonDays();
        ChartStyle.shadeDisruptions(plot, r.disruptions(), r.manifest().warmupDays(), horizon, labels,
                0, ChartStyle.labelDays(name, ChartStyle.PANEL, horizon));
        plot.addAnnotation(ChartStyle.panelLabel(name, nameColour));
        return plot;
    }

    /** A band as a median line with its 10th-90th percentile interval; days without a median are left out. */
    static YIntervalSeries series(String name, SeriesBand band) {
        YIntervalSeries s = new YIntervalSeries(name);
        int[] d = band.days();
        double[] p10 = band.p10();
        double[] p50 = band.p50();
        double[] p90 = band.p90();
        for (int i = 0; i < d.length; i++) {
            if (Double.isFinite(p50[i])) {
                s.add(d[i], p50[i], finiteOr(p10[i], p50[i]), finiteOr(p90[i], p50[i]));
            }
        }
        return s;
    }

    private static double finiteOr(double v, double fallback) {
        return Double.isFinite(v) ? v : fallback;
    }
}
