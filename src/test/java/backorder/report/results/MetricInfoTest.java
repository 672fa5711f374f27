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
    void money_showsTheCurrency_codesWithASpace_symbolsWithout() {
        MetricInfo eur = MetricInfo.of("profit").withCurrency("EUR");
        MetricInfo usd = MetricInfo.of("profit").withCurrency("$");
        assertEquals("EUR 12,300", eur.format(12300.2));
        assertEquals("-EUR 1,200", eur.format(-1200));
        assertEquals("EUR 1,200", eur.formatDifference(1200));
        assertEquals("$12,300", usd.format(12300.2));
        assertEquals("-$45.50", usd.format(-45.5));
        assertEquals("US$7.25", MetricInfo.of("revenue").withCurrency("US$").format(7.25));
        assertEquals("EUR", eur.unit());
        assertEquals("EUR", eur.axisLabel());
        assertEquals("\u2014", eur.format(Double.NaN));
    }

    @Test
    void currency_leavesOtherKinds_andNoCurrencyLeavesMoney_asBefore() {
        assertEquals("97.1%", MetricInfo.of("fill_rate").withCurrency("EUR").format(0.9712));
        assertEquals("1,240", MetricInfo.of("backorders").withCurrency("$").format(1240));
        assertEquals("orders", MetricInfo.of("backorders").withCurrency("$").unit());
        MetricInfo none = MetricInfo.of("total_cost").withCurrency("");
        assertEquals("1,240", none.format(1240.4));
        assertEquals("currency", none.unit());
        assertEquals("currency", none.axisLabel());
        assertEquals(none, MetricInfo.of("total_cost").withCurrency(null));
    }

    @Test
    void unknownMetric_stillDisplays_withoutDirection() {
        MetricInfo m = MetricInfo.of("carbon_kg");
        assertEquals("carbon kg", m.label());
        assertEquals(Direction.NEITHER, m.direction());
    }
}
