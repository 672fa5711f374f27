/** Thin picocli commands: run, validate, report. */
package backorder.cli;
