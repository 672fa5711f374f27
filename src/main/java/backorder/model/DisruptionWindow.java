package backorder.model;

/**
 * One realised occurrence of a disruption in a replication.
 *
 * @param index position of the disruption in the scenario
 * @param id the disruption's stable identity (its {@code id:} or the default; names its stream)
 * @param type its kind's {@code type:} name
 */
public record DisruptionWindow(int index, String id, String type, String label, double start,
    double end, boolean recurring) {}
