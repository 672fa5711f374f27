package backorder.report.chart;

import org.jfree.chart.ui.Drawable;

/** A chart ready to write: file id, title and caption for the report, what to draw and its size in points. */
public record Figure(String id, String title, String caption, Drawable drawing, int width, int height) { }
