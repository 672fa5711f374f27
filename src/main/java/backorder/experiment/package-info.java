/** Replications on common random numbers, the local parallel runner, statistics across replications, and paired policy comparisons with the ranking. */
package backorder.experiment;
