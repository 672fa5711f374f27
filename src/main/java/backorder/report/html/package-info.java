/**
 * The self-contained management report: {@link backorder.report.html.ReportBuilder#build(java.nio.file.Path)}
 * reads a run's result files, draws the charts and writes {@code report.html} with the charts embedded,
 * a plain-words recommendation first and the method last.
 *
 * <p>Output is deterministic: the same result files give byte-identical HTML (Locale.US numbers,
 * file order or fixed order everywhere, no clock).
 */
package backorder.report.html;
