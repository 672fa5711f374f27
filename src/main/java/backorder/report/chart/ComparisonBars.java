package backorder.report.chart;

import backorder.metric.Metric;
import backorder.report.VisibleText;
import backorder.report.results.MetricInfo;
import backorder.report.results.MetricStat;
import backorder.report.results.RunResults;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;

/** Small multiples of policy means with 95% confidence-interval whiskers for the headline metrics. */
public final class ComparisonBars {

    /** Metrics compared, in panel order (those missing from the results are skipped). */
    static final List<Metric> METRICS = List.of(Metric.BACKORDERS, Metric.CANCELLATIONS, Metric.LOST_CUSTOMERS,
            Metric.FILL_RATE, Metric.TOTAL_COST, Metric.PROFIT);

    private ComparisonBars() { }

    /** The grid of bar panels, or empty when the results carry none of the metrics. */
    public static Optional<Figure> of(RunResults r, PolicyPalette palette) {
        List<JFreeChart> panels = new ArrayList<>();
        for (Metric metric : METRICS) {
            if (r.metricNames().contains(metric.key())) {
                panels.add(panel(r, palette, r.info(metric)));
            }
        }
        if (panels.isEmpty()) {
            return Optional.empty();
        }
        String title = "Policy comparison";
        String sub = "bar: mean across " + r.manifest().replications()
                + " replications \u00b7 whisker: 95% confidence interval of the mean";
        int rows = (panels.size() + 2) / 3;
        String caption = "Each panel compares the policies on one metric: the bar is the mean over "
                + r.manifest().replications() + " replications and the whisker its 95% confidence interval "
                + "(Student t). Fill rate and profit: higher is better; the others: lower is better.";
        return Optional.of(new Figure("comparison", title, caption,
                new ChartGrid(title, sub, panels, 3), 1200, 80 + 330 * rows));
    }

    private static JFreeChart panel(RunResults r, PolicyPalette palette, MetricInfo info) {
        DefaultStatisticalCategoryDataset ds = new DefaultStatisticalCategoryDataset();
        List<String> names = r.policyNames();
        for (String p : names) {
            MetricStat s = r.policy(p).metric(info.name());
            Double mean = s.defined() ? info.chartValue(s.mean()) : null;
            Double half = s.defined() && s.hasCi() ? info.chartValue(s.ciHalfWidth()) : null;
            ds.add(mean, half, "mean", VisibleText.of(p));
        }
        PolicyBarRenderer renderer = new PolicyBarRenderer(palette, names);
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setItemMargin(0);
        renderer.setMaximumBarWidth(0.18);
        renderer.setErrorIndicatorPaint(new Color(0x222222));
        renderer.setErrorIndicatorStroke(new BasicStroke(1.6f));
        CategoryAxis axis = new CategoryAxis(null);
        ChartStyle.styleAxis(axis);
        axis.setMaximumCategoryLabelLines(2);
        axis.setMaximumCategoryLabelWidthRatio(1.3f);
        axis.setCategoryMargin(0.25);
        NumberAxis values = ChartStyle.axis(info.axisLabel());
        values.setAutoRangeIncludesZero(true);
        values.setUpperMargin(0.1);
        CategoryPlot plot = new CategoryPlot(ds, axis, values, renderer);
        ChartStyle.stylePlot(plot);
        String direction = switch (info.direction()) {
            case HIGHER_IS_BETTER -> " (higher is better)";
            case LOWER_IS_BETTER -> " (lower is better)";
            case NEITHER -> "";
        };
        JFreeChart chart = ChartStyle.chart(info.label() + direction, plot, false);
        chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        chart.setPadding(new org.jfree.chart.ui.RectangleInsets(6, 6, 6, 10));
        return chart;
    }

    /** Colours each bar by its policy (the category) instead of by series. */
    static final class PolicyBarRenderer extends StatisticalBarRenderer {
        private static final long serialVersionUID = 1L;
        private final transient PolicyPalette palette;
        private final List<String> policies;

        PolicyBarRenderer(PolicyPalette palette, List<String> policies) {
            this.palette = palette;
            this.policies = List.copyOf(policies);
        }

        @Override
        public Paint getItemPaint(int row, int column) {
            return palette.colour(policies.get(column));
        }
    }
}
