package backorder.report.results;

import java.util.List;

/** summary.json's {@code "network"} (SPEC §7): the warehouse and its stores in scenario order. */
public record NetworkLayout(List<Place> locations) {

    /**
     * One location.
     *
     * @param replenishedFrom null for the warehouse
     * @param transitDays the scenario's text of {@code transit_days}; null for the warehouse
     * @param demandShare NaN for the warehouse
     */
    public record Place(String name, String replenishedFrom, String transitDays, double demandShare) {

        /** Treats an empty {@code replenished_from} or {@code transit_days} (null in the file) as none. */
        public Place {
            replenishedFrom = replenishedFrom == null || replenishedFrom.isEmpty() ? null : replenishedFrom;
            transitDays = transitDays == null || transitDays.isEmpty() ? null : transitDays;
        }

        /** Whether this is the warehouse. */
        public boolean isWarehouse() {
            return replenishedFrom == null;
        }
    }

    /** Copies the list. */
    public NetworkLayout {
        locations = List.copyOf(locations);
    }

    /** Location names in scenario order. */
    public List<String> names() {
        return locations.stream().map(Place::name).toList();
    }
}
