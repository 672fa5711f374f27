package backorder.report.chart;

import backorder.report.results.ResultFiles;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;

/**
 * Loads and initialises the drawing machinery (Java2D, fonts, JFreeChart, the PNG and SVG writers,
 * the result-file readers)
 * on a background thread while the simulation runs: a cold JVM spends longer on that than on
 * drawing the report itself, and a one-replication run leaves a core idle for it.
 */
public final class ChartWarmup {

    private ChartWarmup() { }

    /** Starts the warm-up on a daemon thread; failures are ignored (the real report will report them). */
    public static void startInBackground() {
        Thread t = new Thread(ChartWarmup::drawScratchCharts, "chart-warmup");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    private static void drawScratchCharts() {
        try {
            Headless.ensure();
            XYSeries series = new XYSeries("warm-up");
            for (int i = 0; i < 64; i++) {
                series.add(i, Math.sin(i / 8.0));
            }
            JFreeChart line = ChartFactory.createXYLineChart("warm-up", "days", "units",
                new XYSeriesCollection(series));
            DefaultCategoryDataset bars = new DefaultCategoryDataset();
            bars.addValue(1, "a", "b");
            JFreeChart bar = ChartFactory.createBarChart("warm-up", "policy", "units", bars);
            BufferedImage img = new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB);
            var g2 = img.createGraphics();
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            line.draw(g2, new Rectangle2D.Double(0, 0, 320, 200));
            bar.draw(g2, new Rectangle2D.Double(0, 0, 320, 200));
            g2.dispose();
            PngEncoder.encode(img);
            SVGGraphics2D svg = new SVGGraphics2D(320, 200);
            line.draw(svg, new Rectangle2D.Double(0, 0, 320, 200));
            svg.getSVGDocument();
            // the readers of the result files, too
            ResultFiles.warmUpReaders();
        } catch (Exception | LinkageError ignored) {
            // only a warm-up: the report proper surfaces any real problem
        }
    }
}
