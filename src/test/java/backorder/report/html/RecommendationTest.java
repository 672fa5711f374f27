package backorder.report.html;

import backorder.report.results.ResultFiles;
import backorder.report.results.RunResults;
import static backorder.report.TinyRun.ramp;
import static backorder.report.TinyRun.same;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backorder.report.ReportFixture;
import backorder.report.TinyRun;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecommendationTest {

    @TempDir
    Path dir;

    private Recommendation of(TinyRun run) throws IOException {
        return Recommendation.of(ResultFiles.read(run.writeTo(dir)));
    }

    /**
     * A: best fill rate, least net value; B: half a point lower, more net value; C: five points
     * lower, the most net value and the cheapest.
     */
    private static TinyRun threePolicies() {
        return new TinyRun()
                .policy("A", "fill_rate", same(5, 0.95), "total_cost", same(5, 1000), "net_value", same(5, 500))
                .policy("B", "fill_rate", same(5, 0.945), "total_cost", same(5, 900), "net_value", same(5, 600))
                .policy("C", "fill_rate", same(5, 0.90), "total_cost", same(5, 500), "net_value", same(5, 1000));
    }

    @Test
    void defaultObjective_highestNetValueWins_withoutConstraints() throws IOException {
        Recommendation rec = of(threePolicies());

        assertEquals(Optional.of("C"), rec.recommended());
        assertEquals(Optional.of("B"), rec.runnerUp());
        assertTrue(rec.excluded().isEmpty());
        assertFalse(rec.noneQualifies());
        assertEquals(400, rec.difference().mean(), 1e-9);
    }

    @Test
    void constraint_leavesOutThePoliciesBelowIt() throws IOException {
        Recommendation rec = of(threePolicies().constraints("fill_rate >= 0.94"));

        assertEquals(Optional.of("B"), rec.recommended());
        assertEquals(Optional.of("A"), rec.runnerUp());
        assertEquals(List.of("C"), rec.excluded());
        assertEquals(100, rec.difference().mean(), 1e-9);
    }

    @Test
    void tighterConstraint_leavesOnlyTheBestFillRate_andTheRestFollowOnTheObjective() throws IOException {
        Recommendation rec = of(threePolicies().constraints("fill_rate >= 0.949"));

        assertEquals(Optional.of("A"), rec.recommended());
        // the policies failing the constraint follow in objective order: C (1,000) before B (600)
        assertEquals(List.of("A", "C", "B"), rec.ranking());
        assertEquals(List.of("B", "C"), rec.excluded());
    }

    @Test
    void constraintBoundary_isInclusive() throws IOException {
        Recommendation rec = of(new TinyRun().constraints("fill_rate >= 0.75")
                .policy("A", "fill_rate", same(3, 0.875), "net_value", same(3, 999))
                .policy("B", "fill_rate", same(3, 0.75), "net_value", same(3, 1000)));

        assertEquals(Optional.of("B"), rec.recommended());
        assertTrue(rec.excluded().isEmpty());
    }

    @Test
    void noPolicyMeetsTheConstraints_allAreRankedOnTheObjective_andTheRecommendationSaysSo()
            throws IOException {
        Recommendation rec = of(threePolicies().constraints("fill_rate >= 0.99"));

        assertEquals(Optional.of("C"), rec.recommended());
        assertEquals(List.of("C", "B", "A"), rec.ranking());
        assertTrue(rec.noneQualifies());
        assertTrue(rec.excluded().isEmpty());
    }

    @Test
    void olderFillRateTolerance_cheapestWithinOnePointOfBestFillRate_wins() throws IOException {
        Recommendation rec = of(threePolicies().objective("total_cost", true, 0.01));

        assertEquals(Optional.of("B"), rec.recommended());
        assertEquals(Optional.of("A"), rec.runnerUp());
        assertEquals(List.of("C"), rec.excluded());
        assertEquals(-100, rec.difference().mean(), 1e-9);
    }

    @Test
    void olderFillRateTolerance_tighter_leavesOnlyTheBestFillRate() throws IOException {
        Recommendation rec = of(threePolicies().objective("total_cost", true, 0.001));

        assertEquals(Optional.of("A"), rec.recommended());
        assertEquals(Optional.of("C"), rec.runnerUp());
        assertEquals(List.of("B", "C"), rec.excluded());
    }

    @Test
    void otherMetric_bestInItsDirection_withoutConstraints() throws IOException {
        Recommendation rec = of(new TinyRun().objective("profit", false, Double.NaN)
                .policy("A", "fill_rate", same(5, 0.95), "profit", same(5, 10))
                .policy("B", "fill_rate", same(5, 0.945), "profit", same(5, 30))
                .policy("C", "fill_rate", same(5, 0.5), "profit", same(5, 70)));

        assertEquals(Optional.of("C"), rec.recommended());
        assertEquals(Optional.of("B"), rec.runnerUp());
        assertTrue(rec.excluded().isEmpty());
    }

    @Test
    void policyWithoutAnObjectiveValue_isNeverRecommended() throws IOException {
        Recommendation rec = of(new TinyRun()
                .policy("A", "fill_rate", same(3, 0.99), "net_value", same(3, Double.NaN))
                .policy("B", "fill_rate", same(3, 0.9), "net_value", same(3, 10)));

        assertEquals(Optional.of("B"), rec.recommended());
        assertEquals(List.of("B", "A"), rec.ranking());
    }

    @Test
    void singlePolicy_hasNoRunnerUp() throws IOException {
        Recommendation rec = of(new TinyRun().policy("only", "fill_rate", same(4, 0.9), "net_value", same(4, 5)));

        assertEquals(Optional.of("only"), rec.recommended());
        assertEquals(Optional.empty(), rec.runnerUp());
        assertNull(rec.difference());
    }

    @Test
    void objectiveMetricMissing_decidesNothing() throws IOException {
        Recommendation rec = of(new TinyRun().objective("carbon", true, 0.01)
                .policy("A", "fill_rate", same(3, 0.9))
                .policy("B", "fill_rate", same(3, 0.8)));

        assertFalse(rec.decided());
        assertEquals(Optional.empty(), rec.recommended());
    }

    @Test
    void pairedDifference_matchesHandComputedStudentT() throws IOException {
        // A's net value varies a lot between replications (1000 + 100 r); B = A + d_r with small, known d_r.
        double[] d = {3, 5, 4, 6, 2, 5, 4, 3, 6, 2};
        double[] a = ramp(10, 1000, 100);
        double[] b = new double[10];
        for (int r = 0; r < 10; r++) {
            b[r] = a[r] + d[r];
        }
        RunResults run = ResultFiles.read(new TinyRun()
                .policy("A", "fill_rate", same(10, 0.9), "net_value", a)
                .policy("B", "fill_rate", same(10, 0.9), "net_value", b).writeTo(dir));

        Recommendation rec = Recommendation.of(run);

        // mean 4, sd sqrt(20/9), t(0.975, 9) = 2.262157 -> half-width 1.066400
        assertEquals(Optional.of("B"), rec.recommended());
        PairedDifference diff = rec.difference();
        assertEquals(10, diff.pairs());
        assertEquals(4.0, diff.mean(), 1e-9);
        assertEquals(2.933600, diff.ci95Low(), 1e-5);
        assertEquals(5.066400, diff.ci95High(), 1e-5);
        assertTrue(diff.clear());
        // the writers' paired comparison agrees with the hand computation
        var row = run.comparisons().find("B", "A", "net_value").orElseThrow();
        assertEquals(2.933600, row.ci95Low(), 1e-5);
        assertEquals(5.066400, row.ci95High(), 1e-5);
        // unpaired, the summary intervals overlap widely: pairing is what makes the difference clear
        assertTrue(run.policy("A").metric("net_value").ci95High() > run.policy("B").metric("net_value").ci95Low());
    }

    /**
     * The real run (objective: net value, constraint fill_rate >= 0.9): dual-sourcing alone reaches
     * 90%, and it also has the best net value although it costs the most.
     */
    @Test
    void fixture_recommendsDualSourcing_overSafetyStock() throws IOException {
        RunResults run = ResultFiles.read(ReportFixture.copyTo(dir));
        Recommendation rec = Recommendation.of(run);

        assertTrue(run.policy("safety-stock").metric("fill_rate").mean() < 0.9);
        assertTrue(run.policy("dual-sourcing").metric("total_cost").mean()
                > run.policy("safety-stock").metric("total_cost").mean());
        assertEquals(Optional.of("dual-sourcing"), rec.recommended());
        assertEquals(Optional.of("safety-stock"), rec.runnerUp());
        assertEquals(List.of("no-plan", "safety-stock"), rec.excluded());
        assertEquals(20, rec.difference().pairs());
        assertEquals(run.policy("dual-sourcing").metric("net_value").mean()
                - run.policy("safety-stock").metric("net_value").mean(), rec.difference().mean(), 1e-6);
        assertTrue(rec.difference().clear() && rec.difference().mean() > 0);
    }
}
