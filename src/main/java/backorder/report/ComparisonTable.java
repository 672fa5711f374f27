package backorder.report;

import backorder.experiment.Comparisons;
import backorder.experiment.ExperimentResult;
import backorder.experiment.PolicyResult;
import backorder.experiment.Ranking;
import backorder.experiment.RankingObjective;
import backorder.experiment.Tally;
import backorder.metric.Metric;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The terminal's comparison table: the headline metrics, one column per policy, mean ± 95% half-width;
 * the recommended policy (rank 1 on the objective) is starred and named underneath. Names are shown
 * as {@link VisibleText} shows them, so none can move the cursor or reorder the line.
 */
public final class ComparisonTable {

  private static final List<Metric> ROWS = List.of(Metric.FILL_RATE, Metric.BACKORDERS,
      Metric.CANCELLATIONS, Metric.LOST_SALES, Metric.LOST_CUSTOMERS, Metric.COMPLAINTS,
      Metric.AVG_BACKLOG_UNITS, Metric.MEAN_BACKORDER_WAIT_DAYS, Metric.WORST_WEEK_BACKORDERS,
      Metric.RECOVERY_DAYS, Metric.AVG_ON_HAND_UNITS, Metric.PURCHASE_ORDERS, Metric.TOTAL_COST,
      Metric.PROFIT, Metric.LOST_CUSTOMER_VALUE);

  private ComparisonTable() {}

  public static String render(ExperimentResult result) {
    return render(result, null);
  }

  /** The table, the recommendation and, when {@code reportHtml} is not null, where the report is. */
  public static String render(ExperimentResult result, Path reportHtml) {
    List<PolicyResult> policies = result.policies();
    List<Metric> rows = rows(policies);
    Ranking ranking = ranking(result);
    int labelWidth = rows.stream().mapToInt(m -> m.key().length()).max().orElse(10);
    String[][] cells = new String[rows.size()][policies.size()];
    int[] widths = new int[policies.size()];
    for (int j = 0; j < policies.size(); j++) {
      widths[j] = header(policies.get(j).name(), ranking).length();
      for (int i = 0; i < rows.size(); i++) {
        cells[i][j] = format(rows.get(i), policies.get(j).totals()[rows.get(i).ordinal()]);
        widths[j] = Math.max(widths[j], cells[i][j].length());
      }
    }
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "%-" + labelWidth + "s", "metric (mean ± 95% CI)"));
    for (int j = 0; j < policies.size(); j++) {
      out.append("  ").append(pad(header(policies.get(j).name(), ranking), widths[j]));
    }
    out.append('\n');
    for (int i = 0; i < rows.size(); i++) {
      out.append(String.format(Locale.ROOT, "%-" + labelWidth + "s", rows.get(i).key()));
      for (int j = 0; j < policies.size(); j++) {
        out.append("  ").append(pad(cells[i][j], widths[j]));
      }
      out.append('\n');
    }
    out.append(recommendation(ranking));
    if (reportHtml != null) {
      out.append("report: ").append(VisibleText.of(reportHtml.toString())).append('\n');
    }
    return out.toString();
  }

  /** The rows shown: substitutions (SPEC §9) only in a run where some policy substituted. */
  private static List<Metric> rows(List<PolicyResult> policies) {
    if (policies.stream().noneMatch(p -> p.totals()[Metric.SUBSTITUTIONS.ordinal()].mean() > 0)) {
      return ROWS;
    }
    List<Metric> rows = new ArrayList<>(ROWS);
    rows.add(rows.indexOf(Metric.LOST_CUSTOMERS) + 1, Metric.SUBSTITUTIONS);
    return rows;
  }

  private static Ranking ranking(ExperimentResult result) {
    RankingObjective objective = RankingObjective.of(result.plan().scenario().objective());
    Comparisons c = Comparisons.of(result.policies(), List.of(objective.metric()));
    return Ranking.of(result.policies(), objective, c);
  }

  private static String header(String policy, Ranking ranking) {
    String shown = VisibleText.of(policy);
    return policy.equals(ranking.best()) ? "*" + shown : shown;
  }

  /**
   * "* recommended: A (rank 1 on total_cost, lower is better); B not distinguishable from it", and
   * a second line when no policy meets the objective's constraints.
   */
  static String recommendation(Ranking ranking) {
    if (ranking.best() == null) {
      return "";
    }
    RankingObjective o = ranking.objective();
    StringBuilder b = new StringBuilder("* recommended: ").append(VisibleText.of(ranking.best()))
        .append(" (rank 1 on ").append(o.metric().key())
        .append(o.minimize() ? ", lower is better)" : ", higher is better)");
    List<String> tied = ranking.entries().stream().skip(1)
        .filter(e -> !e.distinguishableFromBest()).map(e -> VisibleText.of(e.policy())).toList();
    if (!tied.isEmpty()) {
      b.append("; not distinguishable from it (Holm-adjusted p >= 0.05): ").append(String.join(", ", tied));
    }
    if (ranking.noneQualifies()) {
      // SPEC §5: all policies are ranked when none meets the constraints, and the run says so
      b.append("\n  no policy meets every constraint: all are ranked on ").append(o.metric().key())
          .append(" alone");
    }
    return b.append('\n').toString();
  }

  private static String format(Metric m, Tally.Summary s) {
    if (Double.isNaN(s.mean())) {
      return "-";
    }
    boolean fraction = m.kind() == Metric.Kind.RATIO;
    double scale = fraction ? 100 : 1;
    String unit = fraction ? "%" : "";
    String pattern = fraction || Math.abs(s.mean()) < 100 ? "%.2f" : "%,.0f";
    String mean = String.format(Locale.ROOT, pattern, s.mean() * scale) + unit;
    if (Double.isNaN(s.ci95High())) {
      return mean;
    }
    double half = (s.ci95High() - s.mean()) * scale;
    return mean + " ± " + String.format(Locale.ROOT, pattern, half);
  }

  private static String pad(String s, int width) {
    return " ".repeat(Math.max(0, width - s.length())) + s;
  }
}
