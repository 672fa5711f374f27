/**
 * Reads a run's result files (summary.json and the CSVs beside it) into immutable records and
 * draws the management charts from them with JFreeChart, written as PNG and SVG.
 *
 * <p>Nothing here looks at the simulation itself: "results are data first", so every chart is
 * drawn from the numbers a run wrote into its output directory. Entry points are
 * {@link backorder.report.chart.ResultFiles#read(java.nio.file.Path)},
 * {@link backorder.report.chart.ManagementCharts#figures(RunResults)} and
 * {@link backorder.report.chart.ChartWriter}.
 */
package backorder.report.chart;
