package backorder.report.chart;

import backorder.report.VisibleText;
import backorder.report.results.RunResults;
import backorder.report.results.Substitutions;
import java.awt.BasicStroke;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Cumulative backorders, cancellations, lost customers and (when any) substitutions over time:
 * stacked panels, one line per policy.
 */
public final class CumulativeChart {

    /** Drawn only when some policy substituted: an all-zero panel would say nothing. */
    private static final String SUBSTITUTIONS = "substitutions_cum";

    /** Series drawn, with panel title and axis unit. */
    private static final String[][] PANELS = {
        {"backorders_cum", "Backorders taken (cumulative)", "orders"},
        {"cancellations_cum", "Cancellations (cumulative)", "orders"},
        {"lost_customers_cum", "Lost customers (cumulative)", "customers"},
        {SUBSTITUTIONS, "Orders moved to a substitute (cumulative)", "orders"},
    };

    private CumulativeChart() { }

    /** The figure, or empty when timeseries.csv has none of the cumulative series. */
    public static Optional<Figure> of(RunResults r, PolicyPalette palette) {
        NumberAxis days = ChartStyle.axis("day (days since start)");
        days.setRange(0, r.manifest().horizonDays());
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(days);
        combined.setGap(14);
        int panels = 0;
        boolean substitutes = Substitutions.happened(r);
        for (String[] spec : PANELS) {
            if (r.timeSeries().has(spec[0]) && (substitutes || !spec[0].equals(SUBSTITUTIONS))) {
                combined.add(panel(r, palette, spec, panels == 0), 1);
                panels++;
            }
        }
        if (panels == 0) {
            return Optional.empty();
        }
        LegendItemCollection legend = new LegendItemCollection();
        r.policyNames().forEach(p -> legend.add(new LegendItem(VisibleText.of(p), palette.colour(p))));
        combined.setFixedLegendItems(legend);
        String title = substitutes ? "Backorders, cancellations, lost customers and substitutions over time"
                : "Backorders, cancellations and lost customers over time";
        JFreeChart chart = ChartStyle.chart(title, combined, true);
        ChartStyle.subtitle(chart, "mean across " + r.manifest().replications()
                + " replications, counted from the end of the warm-up \u00b7 shaded: disruption windows");
        String caption = "Running totals per policy, mean across " + r.manifest().replications()
                + " replications: backordered orders taken, backorders the customer cancelled, and customers "
                + "who defected" + (substitutes ? ", and orders moved to a similar product in stock" : "")
                + ". A steeper line means damage is accruing faster. " + ManagementCharts.shadingNote(r);
        return Optional.of(new Figure("cumulative", title, caption, chart, 1200, 170 + 210 * panels));
    }

    private static XYPlot panel(RunResults r, PolicyPalette palette, String[] spec, boolean labels) {
        XYSeriesCollection ds = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setDrawSeriesLineAsPath(true);
        List<String> drawn = new ArrayList<>();
        for (String p : r.policyNames()) {
            r.timeSeries().band(p, spec[0]).ifPresent(band -> {
                XYSeries s = new XYSeries(p, false, true);
                int[] d = band.days();
                double[] mean = band.mean();
                for (int i = 0; i < d.length; i++) {
                    if (Double.isFinite(mean[i])) {
                        s.add(d[i], mean[i]);
                    }
                }
                ds.addSeries(s);
                drawn.add(p);
            });
        }
        for (int i = 0; i < drawn.size(); i++) {
            renderer.setSeriesPaint(i, palette.colour(drawn.get(i)));
            renderer.setSeriesStroke(i, new BasicStroke(2.4f));
        }
        NumberAxis axis = ChartStyle.axis(spec[2]);
        axis.setUpperMargin(0.22);
        axis.setAutoRangeIncludesZero(true);
        XYPlot plot = new XYPlot(ds, null, axis, renderer);
        ChartStyle.stylePlot(plot);
        double horizon = r.manifest().horizonDays();
        ChartStyle.shadeDisruptions(plot, r.disruptions(), r.manifest().warmupDays(), horizon, labels,
                horizon - ChartStyle.labelDays(spec[1], ChartStyle.PANEL, horizon), horizon);
        plot.addAnnotation(ChartStyle.panelLabel(spec[1], ChartStyle.TEXT, true));
        return plot;
    }
}
