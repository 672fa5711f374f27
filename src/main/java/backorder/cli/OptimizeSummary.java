package backorder.cli;

import backorder.experiment.Tally;
import backorder.experiment.optimize.Evaluation;
import backorder.experiment.optimize.Goal;
import backorder.experiment.optimize.OptimumResult;
import backorder.experiment.optimize.Optimizer;
import backorder.metric.Constraint;
import backorder.report.results.MetricInfo;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The terminal lines of an optimization: how it searched, the optimum with its CI, and whether the constraints hold. */
final class OptimizeSummary {

  private OptimizeSummary() {}

  static String render(OptimumResult r, String scenario, Path dir) {
    Goal goal = r.goal();
    Optimizer.Settings s = r.settings();
    Evaluation c = r.confirmation();
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "optimize %s on %s: %s, %d evaluations of %d replications (seed %d)%n",
        r.policy(), scenario, r.method(), r.search().size(), s.replications(), s.seed()));
    if (!r.selection().isEmpty()) {
      long tied = r.selection().stream().filter(k -> !k.picked() && !(k.pAdjusted() < 0.05)).count();
      b.append(String.format(Locale.ROOT, "selection: the best %d re-run on fresh replications (seed %d);"
          + " the pick beats %d of the other %d by a paired t-test (Holm-adjusted p < 0.05)%n",
          r.selection().size(), s.selectionSeed(), r.selection().size() - 1 - tied, r.selection().size() - 1));
    }
    b.append("optimum: ").append(params(r, c.point())).append('\n');
    for (int d = 0; d < c.point().length; d++) {
      var p = r.space().params().get(d);
      if (p.count() > 1 && (c.point()[d] == 0 || c.point()[d] == p.count() - 1)) {
        b.append("  note: ").append(p.path()).append(" is at the ").append(c.point()[d] == 0 ? "lower" : "upper")
            .append(" end of its range; the best may lie beyond it\n");
      }
    }
    MetricInfo info = MetricInfo.of(goal.metric());
    Tally.Summary o = c.metric(goal.metric());
    b.append(String.format(Locale.ROOT, "  %s (%s) on %d confirmation replications (seed %d): %s (95%% CI %s to %s)%n",
        goal.metric().key(), goal.direction(), s.confirmationReplications(), s.confirmationSeed(),
        info.format(o.mean()), info.format(o.ci95Low()), info.format(o.ci95High())));
    for (Constraint k : goal.constraints()) {
      double mean = c.metric(k.metric()).mean();
      b.append("  ").append(k.expr()).append(": ").append(MetricInfo.of(k.metric()).format(mean))
          .append(k.holds(mean) ? ", met" : ", NOT met").append('\n');
    }
    if (!goal.constraints().isEmpty()) {
      b.append(r.confirmed() ? "the constraints hold on the confirmation runs\n"
          : "the constraints do NOT all hold on the confirmation runs" + (r.pick().feasible(goal)
              ? " (they held on the search's replications: a close call)\n"
              : " (no evaluated setting met them; the least short was picked)\n"));
    }
    b.append(String.format(Locale.ROOT, "results in %s (%s, %s); %,d events in %.2f s%n", dir,
        backorder.report.OptimumFiles.OPTIMUM_JSON, backorder.report.OptimumFiles.TRACE_CSV, r.events(), r.seconds()));
    return b.toString();
  }

  private static String params(OptimumResult r, int[] point) {
    List<String> parts = new ArrayList<>();
    for (int d = 0; d < point.length; d++) {
      parts.add(r.space().paths().get(d) + " = " + r.space().params().get(d).text(point[d]));
    }
    return String.join(", ", parts);
  }
}
