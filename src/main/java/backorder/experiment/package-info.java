/** Replications on common random numbers, the local parallel runner, and statistics across replications. */
package backorder.experiment;
