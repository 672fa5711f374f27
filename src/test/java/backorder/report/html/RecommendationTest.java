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

    /** A: best fill rate but dearest; B: half a point lower and cheaper; C: cheapest but 5 points lower. */
    private static TinyRun threePolicies(double tolerance) {
        return new TinyRun().objective("total_cost", true, tolerance)
                .policy("A", "fill_rate", same(5, 0.95), "total_cost", same(5, 1000))
                .policy("B", "fill_rate", same(5, 0.945), "total_cost", same(5, 900))
                .policy("C", "fill_rate", same(5, 0.90), "total_cost", same(5, 500));
    }

    @Test
    void totalCost_cheapestWithinOnePointOfBestFillRate_wins() throws IOException {
        Recommendation rec = of(threePolicies(0.01));

        assertEquals(Optional.of("B"), rec.recommended());
        assertEquals(Optional.of("A"), rec.runnerUp());
        assertEquals(List.of("C"), rec.excluded());
        assertEquals(-100, rec.difference().mean(), 1e-9);
    }

    @Test
    void tighterTolerance_leavesOnlyTheBestFillRate_andContrastsWithNextBestService() throws IOException {
        Recommendation rec = of(threePolicies(0.001));

        assertEquals(Optional.of("A"), rec.recommended());
        assertEquals(Optional.of("B"), rec.runnerUp());
        assertEquals(List.of("B", "C"), rec.excluded());
    }

    @Test
    void toleranceBoundary_isInclusive() throws IOException {
        Recommendation rec = of(new TinyRun()
                .policy("A", "fill_rate", same(3, 0.96), "total_cost", same(3, 1000))
                .policy("B", "fill_rate", same(3, 0.95), "total_cost", same(3, 999)));

        assertEquals(Optional.of("B"), rec.recommended());
        assertTrue(rec.excluded().isEmpty());
    }

    @Test
    void otherMetric_bestInItsDirection_withoutFillRateRule() throws IOException {
        Recommendation rec = of(threePolicies(0.01).objective("profit", false, 0.01)
                .policy("A", "fill_rate", same(5, 0.95), "profit", same(5, 10))
                .policy("B", "fill_rate", same(5, 0.945), "profit", same(5, 30))
                .policy("C", "fill_rate", same(5, 0.5), "profit", same(5, 70)));

        assertEquals(Optional.of("C"), rec.recommended());
        assertEquals(Optional.of("B"), rec.runnerUp());
        assertTrue(rec.excluded().isEmpty());
    }

    @Test
    void singlePolicy_hasNoRunnerUp() throws IOException {
        Recommendation rec = of(new TinyRun().policy("only", "fill_rate", same(4, 0.9), "total_cost", same(4, 5)));

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
        // A's cost varies a lot between replications (1000 + 100 r); B = A - d_r with small, known d_r.
        double[] d = {3, 5, 4, 6, 2, 5, 4, 3, 6, 2};
        double[] a = ramp(10, 1000, 100);
        double[] b = new double[10];
        for (int r = 0; r < 10; r++) {
            b[r] = a[r] - d[r];
        }
        RunResults run = ResultFiles.read(new TinyRun()
                .policy("A", "fill_rate", same(10, 0.9), "total_cost", a)
                .policy("B", "fill_rate", same(10, 0.9), "total_cost", b).writeTo(dir));

        Recommendation rec = Recommendation.of(run);

        // mean 4, sd sqrt(20/9), t(0.975, 9) = 2.262157 -> half-width 1.066400
        assertEquals(Optional.of("B"), rec.recommended());
        PairedDifference diff = rec.difference();
        assertEquals(10, diff.pairs());
        assertEquals(-4.0, diff.mean(), 1e-9);
        assertEquals(-5.066400, diff.ci95Low(), 1e-5);
        assertEquals(-2.933600, diff.ci95High(), 1e-5);
        assertTrue(diff.clear());
        // unpaired, the summary intervals overlap widely: pairing is what makes the difference clear
        assertTrue(run.policy("B").metric("total_cost").ci95High() > run.policy("A").metric("total_cost").ci95Low());
    }

    /** The real run: dual-sourcing has the best fill rate by more than a point, so it wins although dearer. */
    @Test
    void fixture_recommendsDualSourcing_overSafetyStock() throws IOException {
        RunResults run = ResultFiles.read(ReportFixture.copyTo(dir));
        Recommendation rec = Recommendation.of(run);

        assertTrue(run.policy("dual-sourcing").metric("fill_rate").mean()
                > run.policy("safety-stock").metric("fill_rate").mean() + 0.01);
        assertEquals(Optional.of("dual-sourcing"), rec.recommended());
        assertEquals(Optional.of("safety-stock"), rec.runnerUp());
        assertEquals(List.of("no-plan", "safety-stock"), rec.excluded());
        assertEquals(20, rec.difference().pairs());
        assertEquals(run.policy("dual-sourcing").metric("total_cost").mean()
                - run.policy("safety-stock").metric("total_cost").mean(), rec.difference().mean(), 1e-6);
        assertTrue(rec.difference().mean() > 0);
    }
}
