package backorder.report.chart;

import backorder.report.VisibleText;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.ui.Drawable;

/** Small multiples: several charts drawn in a grid under one title, as a single drawable. */
public final class ChartGrid implements Drawable {

    private final String title;
    private final String subtitle;
    private final List<JFreeChart> charts;
    private final int columns;

    /** A grid of {@code columns} columns, filled row by row. */
    public ChartGrid(String title, String subtitle, List<JFreeChart> charts, int columns) {
        this.title = VisibleText.of(title);
        this.subtitle = VisibleText.of(subtitle);
        this.charts = List.copyOf(charts);
        this.columns = Math.max(1, columns);
    }

    @Override
    public void draw(Graphics2D g2, Rectangle2D area) {
        g2.setPaint(Color.WHITE);
        g2.fill(area);
        double y = area.getY() + 8;
        g2.setPaint(ChartStyle.TEXT);
        g2.setFont(ChartStyle.TITLE);
        FontMetrics fm = g2.getFontMetrics();
        y += fm.getAscent();
        g2.drawString(title, (float) area.getX() + 8, (float) y);
        y += fm.getDescent();
        if (subtitle != null && !subtitle.isEmpty()) {
            g2.setFont(ChartStyle.SUBTITLE);
            fm = g2.getFontMetrics();
            y += fm.getAscent() + 4;
            g2.drawString(subtitle, (float) area.getX() + 8, (float) y);
            y += fm.getDescent();
        }
        y += 6;
        int rows = (charts.size() + columns - 1) / columns;
        double cellW = area.getWidth() / columns;
        double cellH = (area.getMaxY() - y) / Math.max(1, rows);
        for (int i = 0; i < charts.size(); i++) {
            Rectangle2D cell = new Rectangle2D.Double(area.getX() + (i % columns) * cellW,
                    y + (i / columns) * cellH, cellW, cellH);
            charts.get(i).draw(g2, cell);
        }
    }
}
