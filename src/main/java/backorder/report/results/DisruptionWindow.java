package backorder.report.results;

/** A disruption's window in days; for recurring disruptions, the window realised in replication 0. */
public record DisruptionWindow(String type, String label, double startDay, double endDay, boolean recurring) {

    /** Length of the window in days. */
    public double durationDays() {
        return endDay - startDay;
    }
}
