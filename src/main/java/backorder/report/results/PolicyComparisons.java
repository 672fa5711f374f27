package backorder.report.results;

import java.util.List;
import java.util.Optional;

/**
 * summary.json's paired comparisons and ranking (SPEC §5); both lists are empty for files written
 * before they existed.
 */
public record PolicyComparisons(List<ComparisonRow> rows, List<RankEntry> ranking) {

    /** Nothing: a summary.json without comparisons. */
    public static final PolicyComparisons NONE = new PolicyComparisons(List.of(), List.of());

    /** Copies the lists. */
    public PolicyComparisons {
        rows = List.copyOf(rows);
        ranking = List.copyOf(ranking);
    }

    /** The row of {@code policy} against {@code baseline} on {@code metric}, if the file has it. */
    public Optional<ComparisonRow> find(String policy, String baseline, String metric) {
        return rows.stream().filter(r -> r.policy().equals(policy) && r.baseline().equals(baseline)
                && r.metric().equals(metric)).findFirst();
    }

    /** The ranking's entry for {@code policy}, if any. */
    public Optional<RankEntry> rank(String policy) {
        return ranking.stream().filter(e -> e.policy().equals(policy)).findFirst();
    }
}
