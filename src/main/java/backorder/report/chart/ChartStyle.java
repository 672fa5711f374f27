package backorder.report.chart;

import backorder.report.VisibleText;
import backorder.report.results.DisruptionWindow;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTitleAnnotation;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;

/** The shared look of every chart: logical sans-serif fonts, white background, light grid, shaded disruptions. */
public final class ChartStyle {

    /** Chart title font. */
    public static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 20);
    /** Subtitle and panel-title font. */
    public static final Font SUBTITLE = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
    /** Axis label font. */
    public static final Font AXIS_LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
    /** Tick label font. */
    public static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    /** Legend and annotation font. */
    public static final Font LEGEND = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
    /** Panel label font (policy names on stacked panels). */
    public static final Font PANEL = new Font(Font.SANS_SERIF, Font.BOLD, 14);

    static final Color GRID = new Color(0xDDDDDD);
    static final Color TEXT = new Color(0x333333);
    static final Color DISRUPTION = new Color(0, 0, 0, 26);
    static final Color WARMUP = new Color(0x99, 0x99, 0x99, 60);

    private ChartStyle() { }

    /**
     * A chart with the shared title font, white background and (optionally) a bottom legend. Texts
     * from the results (names, labels) reach a chart through this class and {@link VisibleText}:
     * a control or bidirectional character in them is drawn as a visible escape.
     */
    public static JFreeChart chart(String title, Plot plot, boolean legend) {
        JFreeChart chart = new JFreeChart(VisibleText.of(title), TITLE, plot, legend);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setBorderVisible(false);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(new RectangleInsets(8, 8, 8, 16));
        if (chart.getTitle() != null) {
            chart.getTitle().setPaint(TEXT);
            chart.getTitle().setHorizontalAlignment(HorizontalAlignment.LEFT);
        }
        LegendTitle l = chart.getLegend();
        if (l != null) {
            l.setItemFont(LEGEND);
            l.setItemPaint(TEXT);
            l.setFrame(BlockBorder.NONE);
            l.setBackgroundPaint(Color.WHITE);
            l.setPosition(RectangleEdge.BOTTOM);
        }
        return chart;
    }

    /** Adds a left-aligned explanatory subtitle under the title. */
    public static void subtitle(JFreeChart chart, String text) {
        TextTitle t = new TextTitle(VisibleText.of(text), SUBTITLE);
        t.setPaint(TEXT);
        t.setHorizontalAlignment(HorizontalAlignment.LEFT);
        t.setPadding(new RectangleInsets(2, 0, 6, 0));
        chart.addSubtitle(t);
    }

    /** A number axis with Locale.US tick labels and the shared fonts. */
    public static NumberAxis axis(String label) {
        NumberAxis a = new NumberAxis(VisibleText.of(label));
        a.setStandardTickUnits(NumberAxis.createStandardTickUnits(Locale.US));
        styleAxis(a);
        return a;
    }

    /** Applies the shared fonts and colours to any axis. */
    public static void styleAxis(Axis a) {
        a.setLabelFont(AXIS_LABEL);
        a.setLabelPaint(TEXT);
        a.setTickLabelFont(TICK);
        a.setTickLabelPaint(TEXT);
        a.setAxisLinePaint(Color.GRAY);
        a.setTickMarkPaint(Color.GRAY);
    }

    /** White background, light solid grid, no heavy outline. */
    public static void stylePlot(XYPlot p) {
        p.setBackgroundPaint(Color.WHITE);
        p.setDomainGridlinePaint(GRID);
        p.setRangeGridlinePaint(GRID);
        p.setDomainGridlineStroke(new BasicStroke(1f));
        p.setRangeGridlineStroke(new BasicStroke(1f));
        p.setOutlinePaint(GRID);
        p.setAxisOffset(RectangleInsets.ZERO_INSETS);
    }

    /** White background and a light horizontal grid for bar charts. */
    public static void stylePlot(CategoryPlot p) {
        p.setBackgroundPaint(Color.WHITE);
        p.setRangeGridlinePaint(GRID);
        p.setRangeGridlineStroke(new BasicStroke(1f));
        p.setDomainGridlinesVisible(false);
        p.setOutlinePaint(GRID);
        p.setAxisOffset(RectangleInsets.ZERO_INSETS);
    }

    /**
     * Shades the warm-up and every disruption window on a day axis. With {@code labels}, each window is
     * labelled in the first of two label rows where it overlaps no earlier label and not the span
     * {@code [reservedFrom, reservedTo]} (days) of the top row, which a panel title occupies; a window with
     * no free row (many short, close windows) stays shaded without a label.
     */
    public static void shadeDisruptions(XYPlot plot, List<DisruptionWindow> windows, double warmupDays,
                                        double horizonDays, boolean labels, double reservedFrom, double reservedTo) {
        List<List<double[]>> rows = List.of(new ArrayList<>(List.of(new double[] {reservedFrom, reservedTo})),
                new ArrayList<>());
        if (warmupDays > 0) {
            int row = labels ? freeRow(rows, 0, labelDays("warm-up", TICK, horizonDays)) : -1;
            plot.addDomainMarker(marker(0, warmupDays, WARMUP, row >= 0 ? "warm-up" : null, row), Layer.BACKGROUND);
        }
        for (DisruptionWindow w : windows) {
            String label = VisibleText.of(w.label());
            int row = labels ? freeRow(rows, w.startDay(), labelDays(label, TICK, horizonDays)) : -1;
            plot.addDomainMarker(marker(w.startDay(), w.endDay(), DISRUPTION, row >= 0 ? label : null, row),
                    Layer.BACKGROUND);
        }
    }

    /** Days a text needs on a plot about 1,100 points wide, from the font size (about 0.62 em a character). */
    public static double labelDays(String text, Font font, double horizonDays) {
        return (0.62 * font.getSize2D() * VisibleText.of(text).length() + 14) / 1100.0 * horizonDays;
    }

    private static int freeRow(List<List<double[]>> rows, double start, double width) {
        for (int r = 0; r < rows.size(); r++) {
            boolean free = true;
            for (double[] used : rows.get(r)) {
                free &= start + width <= used[0] || start >= used[1];
            }
            if (free) {
                rows.get(r).add(new double[] {start, start + width});
                return r;
            }
        }
        return -1;
    }

    private static IntervalMarker marker(double start, double end, Color paint, String label, int row) {
        IntervalMarker m = new IntervalMarker(start, end, paint);
        m.setOutlinePaint(null);
        if (label != null) {
            m.setLabel(label);
            m.setLabelFont(TICK);
            m.setLabelPaint(TEXT);
            m.setLabelBackgroundColor(new Color(255, 255, 255, 215));
            m.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            m.setLabelOffset(new RectangleInsets(4 + 17 * row, 4, 4, 4));
        }
        return m;
    }

    /** A bold label in the top-left corner of a panel, in the given colour. */
    public static XYTitleAnnotation panelLabel(String text, Color colour) {
        return panelLabel(text, colour, false);
    }

    /** A bold label in the top-left (or top-right) corner of a panel, in the given colour. */
    public static XYTitleAnnotation panelLabel(String text, Color colour, boolean right) {
        TextTitle t = new TextTitle(VisibleText.of(text), PANEL);
        t.setPaint(colour);
        t.setBackgroundPaint(new Color(255, 255, 255, 210));
        t.setPadding(new RectangleInsets(2, 4, 2, 4));
        return right ? new XYTitleAnnotation(0.995, 0.98, t, RectangleAnchor.TOP_RIGHT)
                : new XYTitleAnnotation(0.005, 0.98, t, RectangleAnchor.TOP_LEFT);
    }
}
