package backorder.report.chart;

import backorder.metric.Metric;
import backorder.report.VisibleText;
import backorder.report.results.MetricStat;
import backorder.report.results.PolicyResult;
import backorder.report.results.RunResults;
import java.awt.BasicStroke;
import java.awt.font.FontRenderContext;
import java.awt.geom.Ellipse2D;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedMap;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardXYItemLabelGenerator;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Total cost against fill rate: each policy's mean with 95% CI whiskers, over its individual replications. */
public final class CostFillScatter {

    private static final String FILL = Metric.FILL_RATE.key();
    private static final String COST = Metric.TOTAL_COST.key();
    private static final double LOWER_MARGIN = 0.08;
    private static final double UPPER_MARGIN = 0.12;
    /** About the plot area's width in the 1100-point figure (the rest is the value axis and padding). */
    private static final double PLOT_WIDTH = 960;
    /** The label's inset from its dot plus a little air. */
    private static final double LABEL_GAP = 12;
    static final ItemLabelPosition RIGHT_OF_DOT =
            new ItemLabelPosition(ItemLabelAnchor.OUTSIDE1, TextAnchor.BOTTOM_LEFT);
    static final ItemLabelPosition LEFT_OF_DOT =
            new ItemLabelPosition(ItemLabelAnchor.OUTSIDE11, TextAnchor.BOTTOM_RIGHT);

    private CostFillScatter() { }

    /** The figure, or empty when the results lack fill_rate or total_cost. */
    public static Optional<Figure> of(RunResults r, PolicyPalette palette) {
        if (!r.metricNames().contains(FILL) || !r.metricNames().contains(COST)) {
            return Optional.empty();
        }
        XYIntervalSeriesCollection means = new XYIntervalSeriesCollection();
        XYSeriesCollection reps = new XYSeriesCollection();
        XYErrorRenderer meanRenderer = new XYErrorRenderer();
        XYLineAndShapeRenderer repRenderer = new XYLineAndShapeRenderer(false, true);
        int i = 0;
        for (PolicyResult p : r.policies()) {
            MetricStat fill = p.metric(FILL);
            MetricStat cost = p.metric(COST);
            if (!fill.defined() || !cost.defined()) {
                continue;
            }
            XYIntervalSeries s = new XYIntervalSeries(VisibleText.of(p.name()));
            double x = 100 * fill.mean();
            s.add(x, fill.hasCi() ? 100 * fill.ci95Low() : x, fill.hasCi() ? 100 * fill.ci95High() : x,
                    cost.mean(), cost.hasCi() ? cost.ci95Low() : cost.mean(),
                    cost.hasCi() ? cost.ci95High() : cost.mean());
            means.addSeries(s);
            meanRenderer.setSeriesPaint(i, palette.colour(p.name()));
            meanRenderer.setSeriesShape(i, new Ellipse2D.Double(-7, -7, 14, 14));
            reps.addSeries(replicationCloud(r, p.name()));
            repRenderer.setSeriesPaint(i, palette.colour(p.name(), 80));
            repRenderer.setSeriesShape(i, new Ellipse2D.Double(-3, -3, 6, 6));
            i++;
        }
        if (i == 0) {
            return Optional.empty();
        }
        styleMeans(meanRenderer, means, reps);
        repRenderer.setDefaultSeriesVisibleInLegend(false);
        XYPlot plot = new XYPlot(means, fillAxis(), costAxis(r), meanRenderer);
        plot.setDataset(1, reps);
        plot.setRenderer(1, repRenderer);
        ChartStyle.stylePlot(plot);
        String title = "Cost against fill rate";
        JFreeChart chart = ChartStyle.chart(title, plot, true);
        ChartStyle.subtitle(chart, "large dot: policy mean with 95% confidence intervals \u00b7 small dots: "
                + "individual replications \u00b7 better is lower right");
        String caption = "Each policy's mean total cost against its mean fill rate, with 95% confidence "
                + "whiskers in both directions; the faint dots are the individual replications. "
                + "Lower right (cheaper and better service) is better.";
        return Optional.of(new Figure("cost_vs_fill_rate", title, caption, chart, 1100, 720));
    }

    /** The policy means as large dots with whiskers and their names beside them. */
    private static void styleMeans(XYErrorRenderer meanRenderer, XYIntervalSeriesCollection means,
            XYSeriesCollection reps) {
        meanRenderer.setDefaultLinesVisible(false);
        meanRenderer.setErrorStroke(new BasicStroke(2f));
        meanRenderer.setCapLength(10);
        NumberFormat nf = NumberFormat.getNumberInstance(Locale.US);
        meanRenderer.setDefaultItemLabelGenerator(new StandardXYItemLabelGenerator("{0}", nf, nf));
        meanRenderer.setDefaultItemLabelsVisible(true);
        meanRenderer.setDefaultItemLabelFont(ChartStyle.PANEL);
        meanRenderer.setDefaultPositiveItemLabelPosition(RIGHT_OF_DOT);
        placeLabels(meanRenderer, means, reps);
        meanRenderer.setItemLabelInsets(new org.jfree.chart.ui.RectangleInsets(8, 8, 8, 8));
    }

    private static NumberAxis fillAxis() {
        NumberAxis x = ChartStyle.axis("fill rate (%)");
        x.setAutoRangeIncludesZero(false);
        x.setLowerMargin(LOWER_MARGIN);
        x.setUpperMargin(UPPER_MARGIN);
        return x;
    }

    private static NumberAxis costAxis(RunResults r) {
        NumberAxis y = ChartStyle.axis("total cost (" + r.info(Metric.TOTAL_COST).axisLabel() + ")");
        y.setAutoRangeIncludesZero(false);
        y.setLowerMargin(0.08);
        y.setUpperMargin(0.12);
        return y;
    }

    /**
     * Puts each policy's name left of its dot when it would run past the plot's right edge (a policy
     * with the best fill rate sits near it), judged on the x range the axis will choose.
     */
    static void placeLabels(XYErrorRenderer renderer, XYIntervalSeriesCollection means, XYSeriesCollection reps) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int s = 0; s < means.getSeriesCount(); s++) {
            lo = Math.min(lo, means.getStartXValue(s, 0));
            hi = Math.max(hi, means.getEndXValue(s, 0));
            for (int i = 0; i < reps.getItemCount(s); i++) {
                lo = Math.min(lo, reps.getXValue(s, i));
                hi = Math.max(hi, reps.getXValue(s, i));
            }
        }
        double length = hi - lo;
        FontRenderContext frc = new FontRenderContext(null, true, true);
        for (int s = 0; s < means.getSeriesCount(); s++) {
            double share = length > 0 ? (means.getXValue(s, 0) - lo + LOWER_MARGIN * length)
                    / ((1 + LOWER_MARGIN + UPPER_MARGIN) * length) : 0.5;
            double text = ChartStyle.PANEL.getStringBounds(means.getSeries(s).getKey().toString(), frc).getWidth()
                    + LABEL_GAP;
            double roomRight = (1 - share) * PLOT_WIDTH;
            boolean right = roomRight >= text || roomRight >= share * PLOT_WIDTH;
            renderer.setSeriesPositiveItemLabelPosition(s, right ? RIGHT_OF_DOT : LEFT_OF_DOT);
        }
    }

    private static XYSeries replicationCloud(RunResults r, String policy) {
        XYSeries s = new XYSeries(policy + " (replications)", false, true);
        SortedMap<Integer, Double> fill = r.replications().column(policy, FILL);
        SortedMap<Integer, Double> cost = r.replications().column(policy, COST);
        fill.forEach((rep, f) -> {
            Double c = cost.get(rep);
            if (c != null && Double.isFinite(c) && Double.isFinite(f)) {
                s.add(100 * f, c);
            }
        });
        return s;
    }
}
