/** Result files first (summary.json, CSV), then the terminal table, charts and the HTML report drawn from them. */
package backorder.report;
