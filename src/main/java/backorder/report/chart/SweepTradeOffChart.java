package backorder.report.chart;

import backorder.metric.Objective;
import backorder.report.VisibleText;
import backorder.report.results.MetricInfo;
import backorder.report.results.SweepTable;
import backorder.report.results.SweepTable.Setting;
import backorder.report.results.TradeOffs;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A sweep's trade-offs in two panels, the objective against fill rate and lost customers against
 * total cost: every setting (grid point and policy) as a dot in its policy's colour, the
 * non-dominated ones large, labelled and joined by a dashed line.
 */
public final class SweepTradeOffChart {

    /** Labels are drawn only on fronts up to this size (beyond it they would overlap). */
    static final int MAX_LABELS = 25;

    private static final int LABEL_CHARS = 18;

    private SweepTradeOffChart() { }

    /** The figure, or empty when neither panel has a setting with both values. */
    public static Optional<Figure> of(SweepTable t, Objective objective) {
        Headless.ensure();
        PolicyPalette palette = PolicyPalette.of(t.policies());
        List<JFreeChart> panels = new ArrayList<>();
        TradeOffs.Axes first = TradeOffs.objectiveAgainstFillRate(objective);
        panel(t, first, palette, MetricInfo.of(first.y()).label() + " against fill rate").ifPresent(panels::add);
        panel(t, TradeOffs.LOST_CUSTOMERS_AGAINST_TOTAL_COST, palette, "Lost customers against total cost")
                .ifPresent(panels::add);
        if (panels.isEmpty()) {
            return Optional.empty();
        }
        String title = "Trade-offs across the sweep";
        ChartGrid grid = new ChartGrid(title, "large dots: non-dominated settings (no other setting is better on both"
                + " axes), joined by the dashed line \u00b7 small dots: the others \u00b7 labels: "
                + (t.parameters().size() == 1 ? t.parameters().get(0) : "grid point numbers"), panels, 2);
        String caption = "Every setting of the sweep (one dot per grid point and policy, means over the replications). "
                + "A large dot is non-dominated: no other setting has a mean at least as good on both axes and better "
                + "on one; the dashed line joins them. Left: " + (first.yHigherIsBetter() ? "higher" : "lower")
                + " " + MetricInfo.of(first.y()).label().toLowerCase(Locale.ROOT)
                + " and higher fill rate are better; right: fewer lost customers and lower total cost are better.";
        return Optional.of(new Figure("trade_offs", title, caption, grid, 1400, 660));
    }

    /** The text the report and the chart use for a setting: its values (shown visibly), or its point number. */
    public static String label(SweepTable t, Setting s) {
        String values = VisibleText.of(String.join("/", s.values()));
        return t.parameters().size() == 1 && values.length() <= LABEL_CHARS ? values : "#" + s.point();
    }

    private static Optional<JFreeChart> panel(SweepTable t, TradeOffs.Axes a, PolicyPalette palette, String title) {
        List<Setting> front = TradeOffs.nonDominated(t.settings(), a);
        if (front.isEmpty()) {
            return Optional.empty();
        }
        MetricInfo xInfo = MetricInfo.of(a.x());
        MetricInfo yInfo = MetricInfo.of(a.y());
        Map<String, List<Setting>> allByPolicy = new LinkedHashMap<>();
        XYSeriesCollection all = byPolicy(t, t.settings(), a, allByPolicy);
        Map<String, List<Setting>> frontByPolicy = new LinkedHashMap<>();
        XYSeriesCollection frontDots = byPolicy(t, front, a, frontByPolicy);
        XYSeries line = new XYSeries("non-dominated", false, true);
        front.stream().sorted(Comparator.comparingDouble(s -> s.mean(a.x())))
                .forEach(s -> line.add(xInfo.chartValue(s.mean(a.x())), yInfo.chartValue(s.mean(a.y()))));
        XYPlot plot = new XYPlot(all, axis(xInfo), axis(yInfo), dots(allByPolicy.keySet(), palette, 90, 7, false));
        plot.setDataset(1, new XYSeriesCollection(line));
        plot.setRenderer(1, frontLine());
        plot.setDataset(2, frontDots);
        XYLineAndShapeRenderer big = dots(frontByPolicy.keySet(), palette, 255, 13, true);
        if (front.size() <= MAX_LABELS) {
            List<List<Setting>> series = new ArrayList<>(frontByPolicy.values());
            big.setDefaultItemLabelGenerator((data, s, item) -> label(t, series.get(s).get(item)));
            big.setDefaultItemLabelsVisible(true);
            big.setDefaultItemLabelFont(ChartStyle.TICK);
            big.setDefaultPositiveItemLabelPosition(
                    new ItemLabelPosition(ItemLabelAnchor.OUTSIDE1, TextAnchor.BOTTOM_LEFT));
            big.setItemLabelInsets(new RectangleInsets(4, 4, 4, 4));
        }
        big.setDefaultSeriesVisibleInLegend(false);
        plot.setRenderer(2, big);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        ChartStyle.stylePlot(plot);
        return Optional.of(ChartStyle.chart(title, plot, true));
    }

    private static XYSeriesCollection byPolicy(SweepTable t, List<Setting> settings, TradeOffs.Axes a,
                                               Map<String, List<Setting>> kept) {
        MetricInfo xInfo = MetricInfo.of(a.x());
        MetricInfo yInfo = MetricInfo.of(a.y());
        Map<String, XYSeries> series = new LinkedHashMap<>();
        for (Setting s : settings) {
            double x = s.mean(a.x());
            double y = s.mean(a.y());
            if (Double.isFinite(x) && Double.isFinite(y)) {
                series.computeIfAbsent(s.policy(), p -> new XYSeries(VisibleText.of(p), false, true))
                        .add(xInfo.chartValue(x), yInfo.chartValue(y));
                kept.computeIfAbsent(s.policy(), p -> new ArrayList<>()).add(s);
            }
        }
        XYSeriesCollection out = new XYSeriesCollection();
        series.values().forEach(out::addSeries);
        return out;
    }

    /** Dots for series of the {@code policies} in order (the series keys are their names as shown). */
    private static XYLineAndShapeRenderer dots(Collection<String> policies, PolicyPalette palette, int alpha,
                                               int size, boolean outlined) {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
        int i = 0;
        for (String policy : policies) {
            r.setSeriesPaint(i, palette.colour(policy, alpha));
            r.setSeriesShape(i, new Ellipse2D.Double(-size / 2.0, -size / 2.0, size, size));
            r.setSeriesOutlinePaint(i, Color.DARK_GRAY);
            i++;
        }
        r.setUseOutlinePaint(true);
        r.setDrawOutlines(outlined);
        return r;
    }

    private static XYLineAndShapeRenderer frontLine() {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        r.setSeriesPaint(0, Color.DARK_GRAY);
        r.setSeriesStroke(0, new BasicStroke(1.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f,
                new float[] {6f, 4f}, 0f));
        return r;
    }

    private static NumberAxis axis(MetricInfo m) {
        String unit = m.kind() == backorder.metric.Metric.Kind.RATIO ? "%" : m.unit();
        NumberAxis a = ChartStyle.axis(m.label().toLowerCase(Locale.ROOT) + (unit.isEmpty() ? "" : " (" + unit + ")"));
        a.setAutoRangeIncludesZero(false);
        a.setLowerMargin(0.06);
        a.setUpperMargin(0.10);
        return a;
    }
}
