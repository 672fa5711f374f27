/** Replications on common random numbers, the local parallel runner, statistics across replications, paired policy comparisons with the ranking, sweeps over grids of scenario values, and the robustness matrix across scenarios. */
package backorder.experiment;
