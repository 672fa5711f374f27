package backorder.report.chart;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.jfree.svg.SVGGraphics2D;

/** Writes each figure as {@code ID.png} (at 1.5x scale) and {@code ID.svg} into a directory. */
public final class ChartWriter {

    /** PNG pixels per figure point: 1.5 stays sharp on high-density screens at the report's width (print uses the SVG). */
    public static final double PNG_SCALE = 1.5;

    private ChartWriter() { }

    /** Writes every figure; figures render in parallel but each file's bytes depend only on its figure. */
    public static List<WrittenChart> writeAll(List<Figure> figures, Path dir) throws IOException {
        try (Pending pending = start(figures, dir)) {
            return pending.await();
        }
    }

    /**
     * Starts writing every figure on a pool of chart-writer threads and returns at once, so the caller
     * can prepare the rest of a report meanwhile; {@link Pending#await} returns the charts in figure order.
     */
    public static Pending start(List<Figure> figures, Path dir) throws IOException {
        List<Supplier<Optional<Figure>>> built = new ArrayList<>();
        for (Figure f : figures) {
            built.add(() -> Optional.of(f));
        }
        return startBuilding(built, dir);
    }

    /**
     * The same for figures still to be built: each is built on the thread that draws it, and those that
     * come out empty are left out of {@link Pending#await}'s list.
     */
    public static Pending startBuilding(List<Supplier<Optional<Figure>>> figures, Path dir) throws IOException {
        Headless.ensure();
        backorder.report.AtomicFiles.createDirectories(dir);
        int threads = Math.max(1, Math.min(figures.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "chart-writer");
            t.setDaemon(true);
            return t;
        });
        List<Future<Optional<WrittenChart>>> futures = new ArrayList<>();
        for (Supplier<Optional<Figure>> f : figures) {
            futures.add(pool.submit(() -> {
                Optional<Figure> figure = f.get();
                return figure.isPresent() ? Optional.of(write(figure.get(), dir)) : Optional.<WrittenChart>empty();
            }));
        }
        pool.shutdown(); // the threads end once the queued figures are written
        return new Pending(pool, futures);
    }

    /** Charts being written by {@link #start}; closing it cancels those not yet written. */
    public static final class Pending implements AutoCloseable {
        private final ExecutorService pool;
        private final List<Future<Optional<WrittenChart>>> futures;

        private Pending(ExecutorService pool, List<Future<Optional<WrittenChart>>> futures) {
            this.pool = pool;
            this.futures = futures;
        }

        /** Waits for every chart; the first failure is rethrown (and the remaining charts are cancelled). */
        public List<WrittenChart> await() throws IOException {
            try {
                List<WrittenChart> out = new ArrayList<>();
                for (Future<Optional<WrittenChart>> f : futures) {
                    f.get().ifPresent(out::add);
                }
                return out;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while writing charts", e);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof IOException io) {
                    throw io;
                }
                throw new IOException("could not draw a chart: " + cause, cause);
            } finally {
                close();
            }
        }

        @Override
        public void close() {
            pool.shutdownNow();
        }
    }

    /** Writes one figure as PNG and SVG. */
    public static WrittenChart write(Figure f, Path dir) throws IOException {
        Headless.ensure();
        byte[] png = png(f);
        Path pngFile = dir.resolve(f.id() + ".png");
        Path svgFile = dir.resolve(f.id() + ".svg");
        backorder.report.AtomicFiles.write(pngFile, out -> out.write(png));
        byte[] svg = svg(f).getBytes(StandardCharsets.UTF_8);
        backorder.report.AtomicFiles.write(svgFile, out -> out.write(svg));
        return new WrittenChart(f, pngFile, svgFile, png);
    }

    /** Renders the figure to PNG bytes at {@link #PNG_SCALE}. */
    public static byte[] png(Figure f) throws IOException {
        int w = (int) Math.round(f.width() * PNG_SCALE);
        int h = (int) Math.round(f.height() * PNG_SCALE);
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = img.createGraphics();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g2.setPaint(Color.WHITE);
            g2.fillRect(0, 0, w, h);
            g2.scale(PNG_SCALE, PNG_SCALE);
            f.drawing().draw(g2, new Rectangle2D.Double(0, 0, f.width(), f.height()));
        } finally {
            g2.dispose();
        }
        return PngEncoder.encode(img);
    }

    /** Renders the figure to an SVG document with a fixed, figure-specific id prefix (so output is repeatable). */
    public static String svg(Figure f) {
        SVGGraphics2D g2 = new SVGGraphics2D(f.width(), f.height());
        g2.setDefsKeyPrefix(f.id() + "-");
        g2.setPaint(Color.WHITE);
        g2.fillRect(0, 0, f.width(), f.height());
        f.drawing().draw(g2, new Rectangle2D.Double(0, 0, f.width(), f.height()));
        return g2.getSVGDocument();
    }
}
