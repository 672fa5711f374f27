package backorder.report.chart;

import backorder.metric.Metric;
import backorder.report.VisibleText;
import backorder.report.results.RunResults;
import backorder.report.results.WaitBin;
import java.awt.BasicStroke;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Histogram of how long backordered orders waited before shipping, one step outline per policy. */
public final class WaitHistogram {

    private WaitHistogram() { }

    /** The figure, or empty when wait_histogram.csv has no bins. */
    public static Optional<Figure> of(RunResults r, PolicyPalette palette) {
        XYSeriesCollection ds = new XYSeriesCollection();
        XYStepRenderer renderer = new XYStepRenderer();
        List<String> drawn = new ArrayList<>();
        double xMax = 7;
        boolean openEnded = false;
        for (String p : r.policyNames()) {
            List<WaitBin> bins = r.waitHistogram().getOrDefault(p, List.of());
            if (bins.isEmpty()) {
                continue;
            }
            XYSeries s = new XYSeries(VisibleText.of(p), false, true);
            WaitBin last = null;
            for (WaitBin b : bins) {
                double v = Double.isFinite(b.orders()) ? b.orders() : 0;
                s.add(b.lowDays(), v);
                last = b;
                openEnded |= b.openEnded();
                if (v > 0.005) {
                    xMax = Math.max(xMax, displayHigh(b) + 1);
                }
            }
            s.add(displayHigh(last), Double.isFinite(last.orders()) ? last.orders() : 0);
            ds.addSeries(s);
            drawn.add(p);
        }
        if (drawn.isEmpty()) {
            return Optional.empty();
        }
        for (int i = 0; i < drawn.size(); i++) {
            renderer.setSeriesPaint(i, palette.colour(drawn.get(i)));
            renderer.setSeriesStroke(i, new BasicStroke(2.4f));
            renderer.setSeriesShapesVisible(i, false);
        }
        NumberAxis x = ChartStyle.axis(openEnded ? "waiting time (days; the last bin holds all longer waits)"
                : "waiting time (days)");
        x.setRange(0, xMax);
        // whole days only: the bins are whole days, and half-day ticks crowd the axis beyond about 20 days
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.US));
        NumberAxis y = ChartStyle.axis("orders per replication");
        y.setAutoRangeIncludesZero(true);
        y.setUpperMargin(0.08);
        XYPlot plot = new XYPlot(ds, x, y, renderer);
        ChartStyle.stylePlot(plot);
        for (String p : drawn) {
            double mean = r.policy(p).metric(Metric.MEAN_BACKORDER_WAIT_DAYS.key()).mean();
            if (Double.isFinite(mean)) {
                ValueMarker m = new ValueMarker(mean, palette.colour(p),
                        new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
                plot.addDomainMarker(m, Layer.FOREGROUND);
            }
        }
        String title = "How long backordered customers waited";
        JFreeChart chart = ChartStyle.chart(title, plot, true);
        ChartStyle.subtitle(chart, "backordered orders shipped, by days waited (1-day bins), mean per replication"
                + " \u00b7 dashed: mean wait");
        String caption = "Backordered orders that were eventually shipped, by how many days the customer waited, "
                + "as the mean count per replication in 1-day bins; dashed lines mark each policy's mean wait. "
                + "Cancelled backorders are not in this histogram.";
        return Optional.of(new Figure("wait_histogram", title, caption, chart, 1200, 620));
    }

    private static double displayHigh(WaitBin b) {
        return b.openEnded() ? b.lowDays() + 1 : b.highDays();
    }
}
