package backorder.report.html;

import static backorder.report.TinyRun.same;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backorder.report.TinyRun;
import java.io.IOException;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The headline's words on the built report.html: trade-offs, ties, constraints and the rule. */
class HeadlineSectionTest {

    @TempDir
    Path tmp;

    private Element headline(TinyRun run) throws IOException {
        Path dir = run.writeTo(tmp.resolve("run"));
        return Jsoup.parse(ReportBuilder.build(dir).toFile(), "UTF-8").selectFirst("#headline");
    }

    private static String text(Element headline, String cssClass) {
        Element p = headline.selectFirst("." + cssClass);
        return p == null ? null : p.text();
    }

    /**
     * A: most net value; B: 100 less in every replication; C: cheapest, far less net value (C − A:
     * −500, −490, −510, −505, mean −501.25, sd 8.539, t(0.975, 3) = 3.182 -> ±13.59).
     */
    private static TinyRun abc() {
        return new TinyRun()
                .policy("A", "net_value", new double[] {1000, 1010, 990, 1005}, "profit", same(4, 1200),
                        "fill_rate", same(4, 0.95), "total_cost", same(4, 800))
                .policy("B", "net_value", new double[] {900, 910, 890, 905}, "profit", same(4, 1250),
                        "fill_rate", same(4, 0.88), "total_cost", same(4, 700))
                .policy("C", "net_value", new double[] {500, 520, 480, 500}, "profit", same(4, 900),
                        "fill_rate", same(4, 0.75), "total_cost", same(4, 400));
    }

    @Test
    void clearWinner_namesTheRunnerUpAndTheCheapest_withPairedIntervals() throws IOException {
        Element h = headline(abc());

        String because = text(h, "because");
        assertEquals("It has the highest net value of the 3 policies. It beats the runner-up, B, by 100 in net value "
                + "over the 10 days (95% CI 100 to 100). Switching to B would mean: profit +50.00 (95% CI 50.00 to "
                + "50.00) and fill rate \u22127.0 points (88.0% against 95.0%; 95% CI \u22127.0 to \u22127.0).", because);
        assertEquals("The cheapest policy is C: total cost 400 lower over the 10 days (400 against 800). Switching "
                + "to it would mean: net value \u2212501 (95% CI \u2212515 to \u2212488), profit \u2212300 (95% CI "
                + "\u2212300 to \u2212300) and fill rate \u221220.0 points (75.0% against 95.0%; 95% CI \u221220.0 to "
                + "\u221220.0).", text(h, "cheapest"));
        assertFalse(h.text().contains("tied with"), h.text());
        assertNull(text(h, "constraints"));
        assertTrue(text(h, "rule").startsWith("Rule (the scenario\u2019s objective): the highest net value (profit "
                + "minus backorder cost and lost customer value). Differences are paired over 4 replications"),
                text(h, "rule"));
    }

    @Test
    void noisyRunnerUp_isCalledStatisticallyTied_andTheDecisionLeftToWhatDiffers() throws IOException {
        Element h = headline(new TinyRun()
                .policy("A", "net_value", new double[] {100, 104, 98, 102, 101}, "fill_rate", same(5, 0.875))
                .policy("B", "net_value", new double[] {101, 99, 100, 103, 97}, "fill_rate", same(5, 0.75))
                .policy("C", "net_value", new double[] {99, 104, 97, 101, 98}, "fill_rate", same(5, 0.5)));

        String because = text(h, "because");
        // B − A = −1 (differences 1, −5, 2, 1, −4): sd 3.240, t(0.975, 4) = 2.776 -> ±4.02
        assertTrue(because.contains("It is statistically tied with B on net value: the difference, \u22121.00 "
                + "(95% CI \u22125.02 to 3.02), could be noise; choose on fill rate, where they clearly differ, or "
                + "run more replications."), because);
        assertTrue(because.contains("Also statistically tied with it: C."), because);
        assertTrue(because.contains("Switching to B would mean, over the 10 days: fill rate \u221212.5 points"), because);
    }

    @Test
    void constraint_namesThePoliciesItRulesOut() throws IOException {
        Element h = headline(abc().constraints("fill_rate >= 0.8"));

        assertEquals("The constraint fill_rate >= 0.8 rules out C (75.0%).", text(h, "constraints"));
        assertTrue(text(h, "because").startsWith("It has the highest net value of the policies that meet "
                + "fill_rate >= 0.8."), text(h, "because"));
        assertTrue(text(h, "rule").contains("the highest net value (profit minus backorder cost and lost customer "
                + "value) among the policies that meet fill_rate >= 0.8; when none does, the highest net value of all."),
                text(h, "rule"));
    }

    @Test
    void constraintThatOnlyALesserPolicyMeets_saysWhatTheBetterOneWouldBring() throws IOException {
        Element h = headline(abc().constraints("profit >= 1250"));

        assertEquals("Recommended: B.", text(h, "verdict"));
        assertTrue(text(h, "because").startsWith("It is the only policy that meets profit >= 1250. A does better on "
                + "net value, by 100 over the 10 days (95% CI 100 to 100), but it does not meet the constraints."),
                text(h, "because"));
        assertEquals("The constraint profit >= 1250 rules out A (1,200) and C (900).", text(h, "constraints"));
    }

    @Test
    void noPolicyMeetsTheConstraint_saysSo_andRanksOnTheObjectiveAlone() throws IOException {
        Element h = headline(abc().constraints("fill_rate >= 0.99"));

        assertEquals("Recommended: A.", text(h, "verdict"));
        assertEquals("No policy meets fill_rate >= 0.99; recommended on net value alone.", text(h, "constraints"));
        assertTrue(text(h, "because").startsWith("It has the highest net value of the 3 policies."));
    }

    @Test
    void olderFillRateTolerance_isStillExplained() throws IOException {
        Element h = headline(abc().objective("total_cost", true, 0.1));

        assertEquals("Recommended: B.", text(h, "verdict"));
        assertEquals("The fill-rate tolerance (within 10 percentage points of the best, 95.0%) rules out C (75.0%).",
                text(h, "constraints"));
        assertTrue(text(h, "rule").startsWith("Rule (the scenario\u2019s objective): the lowest total cost among the "
                + "policies that meet a fill rate within 10 percentage points of the best (95.0%);"), text(h, "rule"));
        // B is the cheapest of the two within the tolerance; A, next on total cost, is the runner-up
        assertTrue(text(h, "because").contains("It beats the runner-up, A, by 100 in total cost"), text(h, "because"));
        assertTrue(text(h, "because").contains("Switching to A would mean: net value +100"), text(h, "because"));
    }

    @Test
    void recommendedIsTheCheapest_saysSoInOneSentence() throws IOException {
        Element h = headline(abc().objective("total_cost", true, Double.NaN));

        assertEquals("Recommended: C.", text(h, "verdict"));
        assertEquals("It is also the cheapest policy (total cost 400).", text(h, "cheapest"));
    }

    @Test
    void kpiTiles_startWithNetValue() throws IOException {
        Path dir = abc().writeTo(tmp.resolve("kpi"));
        var tiles = Jsoup.parse(ReportBuilder.build(dir).toFile(), "UTF-8").select(".kpi");

        assertEquals(7, tiles.size());
        assertTrue(tiles.get(0).text().startsWith("Net value (currency) 1,001 95% CI "), tiles.get(0).text());
        assertTrue(tiles.get(0).text().endsWith("B: 901"), tiles.get(0).text());
    }
}
