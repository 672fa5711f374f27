/** Thin picocli commands: run, sweep, validate, report. */
package backorder.cli;
