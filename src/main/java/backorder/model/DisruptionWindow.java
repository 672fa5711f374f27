package backorder.model;

/**
 * One realised occurrence of a disruption in a replication.
 *
 * @param index position of the disruption in the scenario
 */
public record DisruptionWindow(int index, String type, String label, double start, double end,
    boolean recurring) {}
