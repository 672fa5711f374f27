/** Thin picocli commands: run (and run --matrix), sweep, optimize, validate, report. */
package backorder.cli;
