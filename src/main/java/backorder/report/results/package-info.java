/** A run's result files read back (summary.json, timeseries, histogram, replications) as immutable records, shown with the metric catalogue's labels, units and directions: the input of the charts and the HTML report. */
package backorder.report.results;
