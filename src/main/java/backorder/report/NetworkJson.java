package backorder.report;

import backorder.experiment.LocationResult;
import backorder.experiment.PolicyResult;
import backorder.policy.DerivedLevels;
import backorder.scenario.Location;
import backorder.scenario.Network;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;

/**
 * The network parts of {@code summary.json} (SPEC §7): the layout at the top level and each
 * policy's metrics per location. Neither is written for a scenario without locations.
 */
final class NetworkJson {

    private NetworkJson() {}

    /** {@code "network": {"locations": [{"name", "replenished_from", "transit_days", "demand_share"}]}}. */
    static void writeLayout(JsonGenerator g, Network network) throws IOException {
        if (network == null) {
            return;
        }
        g.writeObjectFieldStart("network");
        g.writeArrayFieldStart("locations");
        for (Location l : network.locations()) {
            g.writeStartObject();
            g.writeStringField("name", l.name());
            nullableText(g, "replenished_from", l.replenishedFrom());
            nullableText(g, "transit_days", l.transitText());
            SummaryJson.number(g, "demand_share", l.demandShare());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /**
     * {@code "locations": [{"name", "metrics": {...}, "derived": [...]}]} of one policy, in scenario
     * order; {@code derived} (SPEC §5's, per location) says what each location's {@code at}
     * settings came to, e.g. a store's safety stock on its own share of demand and transit time
     * ({@code levels} per location and product; null: not written).
     */
    static void writeLocations(JsonGenerator g, PolicyResult p, List<List<DerivedLevels>> levels)
            throws IOException {
        g.writeArrayFieldStart("locations");
        for (int i = 0; i < p.locations().size(); i++) {
            LocationResult l = p.locations().get(i);
            g.writeStartObject();
            g.writeStringField("name", l.name());
            g.writeFieldName("metrics");
            SummaryJson.writeMetrics(g, l.totals());
            if (levels != null) {
                SummaryJson.writeLevels(g, p.skus(), levels.get(i));
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void nullableText(JsonGenerator g, String field, String text) throws IOException {
        if (text == null) {
            g.writeNullField(field);
        } else {
            g.writeStringField(field, text);
        }
    }
}
