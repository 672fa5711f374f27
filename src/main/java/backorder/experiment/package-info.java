/** Replications on common random numbers, the local parallel runner, statistics across replications, paired policy comparisons with the ranking, and sweeps over grids of scenario values. */
package backorder.experiment;
