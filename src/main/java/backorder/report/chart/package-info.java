/**
 * The management charts, drawn with JFreeChart from a run's result files as read by
 * {@link backorder.report.results.ResultFiles} and written as PNG and SVG.
 *
 * <p>Nothing here looks at the simulation itself: "results are data first", so every chart is
 * drawn from the numbers a run wrote into its output directory. Entry points are
 * {@link backorder.report.chart.ManagementCharts#figures(backorder.report.results.RunResults)} and
 * {@link backorder.report.chart.ChartWriter}.
 */
package backorder.report.chart;
