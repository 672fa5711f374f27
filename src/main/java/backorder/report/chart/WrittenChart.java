package backorder.report.chart;

import java.nio.file.Path;

/** A figure written to disk: its PNG and SVG files, plus the PNG bytes for embedding. */
public record WrittenChart(Figure figure, Path png, Path svg, byte[] pngBytes) {

    /** Copies the bytes so the record stays immutable. */
    public WrittenChart {
        pngBytes = pngBytes.clone();
    }

    @Override
    public byte[] pngBytes() {
        return pngBytes.clone();
    }
}
