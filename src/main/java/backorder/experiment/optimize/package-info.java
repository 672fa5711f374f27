/** The optimizer: a search over scenario values on common random numbers, a selection step on fresh replications and a confirmation run. */
package backorder.experiment.optimize;
