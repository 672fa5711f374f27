package backorder.report.chart;

import backorder.report.results.ResultFiles;
import backorder.report.results.RunResults;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backorder.report.ReportFixture;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

class ChartFilesTest {

    static final List<String> IDS = List.of("backlog_fan", "on_hand_fan", "cumulative", "comparison",
            "wait_histogram", "cost_vs_fill_rate");

    @TempDir
    static Path dir;
    static List<WrittenChart> written;

    @BeforeAll
    static void draw() throws IOException {
        RunResults r = ResultFiles.read(ReportFixture.copyTo(dir.resolve("run")));
        written = ChartWriter.writeAll(ManagementCharts.figures(r), dir.resolve("run/charts"));
    }

    @Test
    void everyChartIsWrittenAsPngAndSvg() {
        assertEquals(IDS, written.stream().map(c -> c.figure().id()).toList());
        for (String id : IDS) {
            assertTrue(Files.isRegularFile(dir.resolve("run/charts/" + id + ".png")), id);
            assertTrue(Files.isRegularFile(dir.resolve("run/charts/" + id + ".svg")), id);
        }
    }

    @Test
    void pngs_decodeAtTwiceTheFigureSize_andAreNotBlank() throws IOException {
        for (WrittenChart c : written) {
            BufferedImage img = ImageIO.read(c.png().toFile());
            assertNotNull(img, c.png().toString());
            assertEquals((int) Math.round(c.figure().width() * ChartWriter.PNG_SCALE), img.getWidth(), c.figure().id());
            assertEquals((int) Math.round(c.figure().height() * ChartWriter.PNG_SCALE), img.getHeight(), c.figure().id());
            Set<Integer> colours = new HashSet<>();
            long nonWhite = 0;
            long sampled = 0;
            for (int y = 0; y < img.getHeight(); y += 2) {
                for (int x = 0; x < img.getWidth(); x += 2) {
                    int rgb = img.getRGB(x, y) & 0xFFFFFF;
                    colours.add(rgb);
                    nonWhite += rgb == 0xFFFFFF ? 0 : 1;
                    sampled++;
                }
            }
            assertTrue(colours.size() > 100, c.figure().id() + ": only " + colours.size() + " colours");
            assertTrue(nonWhite > sampled / 50, c.figure().id() + ": nearly blank");
            assertArrayEquals(Files.readAllBytes(c.png()), c.pngBytes());
        }
    }

    @Test
    void svgs_parseAsXml() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        for (WrittenChart c : written) {
            String svg = Files.readString(c.svg());
            assertTrue(svg.contains("<svg"), c.figure().id());
            Document doc = f.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
            assertEquals("svg", doc.getDocumentElement().getLocalName());
        }
    }

    @Test
    void drawingTwice_givesTheSameBytes() throws IOException {
        RunResults r = ResultFiles.read(dir.resolve("run"));
        List<Figure> again = ManagementCharts.figures(r);
        for (int i = 0; i < again.size(); i++) {
            assertArrayEquals(written.get(i).pngBytes(), ChartWriter.png(again.get(i)), again.get(i).id());
            assertEquals(Files.readString(written.get(i).svg()), ChartWriter.svg(again.get(i)), again.get(i).id());
        }
    }

    @Test
    void waitHistogram_ticksWholeDaysOnly() {
        // the bins are whole days; the standard units put half-day ticks on a 0-24 day axis, crowding it
        JFreeChart chart = (JFreeChart) figure("wait_histogram").drawing();
        NumberAxis days = (NumberAxis) chart.getXYPlot().getDomainAxis();
        assertEquals(1.0, days.getStandardTickUnits().getCeilingTickUnit(0.5).getSize());
        assertEquals(2.0, days.getStandardTickUnits().getCeilingTickUnit(1.5).getSize());
    }

    @Test
    void costScatter_putsANameNearThePlotsRightEdgeLeftOfItsDot() {
        XYIntervalSeriesCollection means = new XYIntervalSeriesCollection();
        XYSeriesCollection reps = new XYSeriesCollection();
        double[][] fillAndCi = {{78.4, 77.0, 79.8}, {97.0, 95.9, 98.1}, {83.2, 82.2, 84.2}};
        String[] names = {"example-safety-stock", "example-dual-sourcing", "example-purchasing-plan"};
        for (int i = 0; i < names.length; i++) {
            XYIntervalSeries s = new XYIntervalSeries(names[i]);
            s.add(fillAndCi[i][0], fillAndCi[i][1], fillAndCi[i][2], 90_000, 89_000, 91_000);
            means.addSeries(s);
            XYSeries cloud = new XYSeries(names[i] + " (replications)");
            cloud.add(i == 1 ? 100.0 : 69.2, 90_000);
            reps.addSeries(cloud);
        }
        XYErrorRenderer renderer = new XYErrorRenderer();
        CostFillScatter.placeLabels(renderer, means, reps);

        // the reference scenario's layout: "example-dual-sourcing" at 97% ran past the plot's edge on the right
        assertEquals(CostFillScatter.RIGHT_OF_DOT, renderer.getSeriesPositiveItemLabelPosition(0));
        assertEquals(CostFillScatter.LEFT_OF_DOT, renderer.getSeriesPositiveItemLabelPosition(1));
        assertEquals(CostFillScatter.RIGHT_OF_DOT, renderer.getSeriesPositiveItemLabelPosition(2));
    }

    @Test
    void costScatter_namesEveryPolicyInsideThePlot() {
        JFreeChart chart = (JFreeChart) figure("cost_vs_fill_rate").drawing();
        BufferedImage img = new BufferedImage(1100, 720, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        ChartRenderingInfo info = new ChartRenderingInfo();
        chart.draw(g, new Rectangle2D.Double(0, 0, 1100, 720), info);
        Rectangle2D area = info.getPlotInfo().getDataArea();
        XYPlot plot = chart.getXYPlot();
        XYDataset means = plot.getDataset(0);
        for (int s = 0; s < means.getSeriesCount(); s++) {
            String name = means.getSeriesKey(s).toString();
            double dot = plot.getDomainAxis().valueToJava2D(means.getXValue(s, 0), area, plot.getDomainAxisEdge());
            double text = g.getFontMetrics(ChartStyle.PANEL).stringWidth(name) + 8;
            boolean right = plot.getRenderer(0).getSeriesPositiveItemLabelPosition(s) == CostFillScatter.RIGHT_OF_DOT;
            assertTrue(right ? dot + text <= area.getMaxX() : dot - text >= area.getMinX(), name + " at " + dot);
        }
        g.dispose();
    }

    private static Figure figure(String id) {
        return written.stream().map(WrittenChart::figure).filter(f -> f.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void palette_isStableAndDistinctInScenarioOrder() {
        PolicyPalette p = PolicyPalette.of(List.of("a", "b", "c"));
        assertEquals("#0072B2", p.hex("a"));
        assertEquals("#E69F00", p.hex("b"));
        assertEquals("#009E73", p.hex("c"));
    }
}
