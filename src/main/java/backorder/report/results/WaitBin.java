package backorder.report.results;

/** One bin of the backorder waiting-time histogram; {@code highDays} is infinite for the last bin. */
public record WaitBin(double lowDays, double highDays, double orders) {

    /** Whether this is the open-ended last bin. */
    public boolean openEnded() {
        return Double.isInfinite(highDays);
    }
}
