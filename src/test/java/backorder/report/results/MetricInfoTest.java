package backorder.report.results;

import static org.junit.jupiter.api.Assertions.assertEquals;

import backorder.metric.Metric.Direction;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MetricInfoTest {

    @Test
    void formats_areTheSameWhateverTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals("1,240", MetricInfo.of("total_cost").format(1240.4));
            assertEquals("97.1%", MetricInfo.of("fill_rate").format(0.9712));
            assertEquals("52.3", MetricInfo.of("backorders").format(52.34));
            assertEquals("0.35", MetricInfo.of("complaints").format(0.35));
            assertEquals("1.5 points", MetricInfo.of("fill_rate").formatDifference(0.015));
            assertEquals("\u2014", MetricInfo.of("profit").format(Double.NaN));
            assertEquals("0.0%", MetricInfo.of("fill_rate").format(-0.00001));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void unknownMetric_stillDisplays_withoutDirection() {
        MetricInfo m = MetricInfo.of("carbon_kg");
        assertEquals("carbon kg", m.label());
        assertEquals(Direction.NEITHER, m.direction());
    }
}
