package backorder.report;

import backorder.experiment.ExperimentResult;
import backorder.experiment.PolicyResult;
import backorder.experiment.Tally;
import backorder.metric.Metric;
import java.util.List;
import java.util.Locale;

/** The terminal's comparison table: the headline metrics, one column per policy, mean ± 95% half-width. */
public final class ComparisonTable {

  private static final List<Metric> ROWS = List.of(Metric.FILL_RATE, Metric.BACKORDERS,
      Metric.CANCELLATIONS, Metric.LOST_SALES, Metric.LOST_CUSTOMERS, Metric.COMPLAINTS,
      Metric.AVG_BACKLOG_UNITS, Metric.MEAN_BACKORDER_WAIT_DAYS, Metric.WORST_WEEK_BACKORDERS,
      Metric.RECOVERY_DAYS, Metric.AVG_ON_HAND_UNITS, Metric.PURCHASE_ORDERS, Metric.TOTAL_COST,
      Metric.PROFIT, Metric.LOST_CUSTOMER_VALUE);

  private ComparisonTable() {}

  public static String render(ExperimentResult result) {
    List<PolicyResult> policies = result.policies();
    int labelWidth = ROWS.stream().mapToInt(m -> m.key().length()).max().orElse(10);
    String[][] cells = new String[ROWS.size()][policies.size()];
    int[] widths = new int[policies.size()];
    for (int j = 0; j < policies.size(); j++) {
      widths[j] = policies.get(j).name().length();
      for (int i = 0; i < ROWS.size(); i++) {
        cells[i][j] = format(ROWS.get(i), policies.get(j).totals()[ROWS.get(i).ordinal()]);
        widths[j] = Math.max(widths[j], cells[i][j].length());
      }
    }
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "%-" + labelWidth + "s", "metric (mean ± 95% CI)"));
    for (int j = 0; j < policies.size(); j++) {
      out.append("  ").append(pad(policies.get(j).name(), widths[j]));
    }
    out.append('\n');
    for (int i = 0; i < ROWS.size(); i++) {
      out.append(String.format(Locale.ROOT, "%-" + labelWidth + "s", ROWS.get(i).key()));
      for (int j = 0; j < policies.size(); j++) {
        out.append("  ").append(pad(cells[i][j], widths[j]));
      }
      out.append('\n');
    }
    return out.toString();
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
