package backorder.cli;

import backorder.experiment.AutoWarmup;
import backorder.experiment.Experiment;
import backorder.experiment.ExperimentResult;
import backorder.experiment.PrecisionExperiment;
import backorder.experiment.PrecisionTarget;
import backorder.experiment.RunPlan;
import backorder.experiment.Runner;
import backorder.experiment.SamplingChoices;
import backorder.experiment.UnmeasurableTargetException;
import backorder.metric.Metric;
import backorder.scenario.Disruption;
import backorder.scenario.DisruptionIds;
import backorder.scenario.DisruptionWindowCheck;
import backorder.scenario.Scenario;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine.Option;

/**
 * The options of {@code run} that choose the warm-up and the number of replications from the data
 * (SPEC §5): {@code --warmup DAYS|auto}, {@code --target-halfwidth METRIC=VALUE} and
 * {@code --max-replications N}; checks them and runs the experiment they ask for.
 */
final class SamplingOptions {

  static final String AUTO = "auto";

  @Option(names = "--warmup", paramLabel = "DAYS|auto",
      description = "Warm-up in days, or auto: chosen by MSER-5 on the daily backlog of a pilot.")
  String warmup;

  @Option(names = "--target-halfwidth", paramLabel = "METRIC=VALUE",
      description = "Add replications until the 95%% CI half-width of METRIC is at most VALUE for every policy.")
  String targetHalfwidth;

  @Option(names = "--max-replications", paramLabel = "N",
      description = "Cap for --target-halfwidth (default 10000).")
  Integer maxReplications;

  /**
   * The most replications of each policy the options may run (call after {@link #check}): the
   * plan's, up to the cap with --target-halfwidth, plus the pilot of --warmup auto.
   */
  long replicationsAtMost(RunPlan plan) {
    long reps = plan.replications();
    if (targetHalfwidth != null) {
      int cap = maxReplications != null ? maxReplications : PrecisionTarget.DEFAULT_MAX_REPLICATIONS;
      reps = cap; // the pilot is at most the cap
    }
    return AUTO.equals(warmup) ? reps + plan.replications() : reps;
  }

  /** The run's numbers and how its warm-up and replication count were chosen. */
  record Sampled(ExperimentResult result, SamplingChoices choices, AutoWarmup.Choice warmup) {}

  /** Checks the options against the plan before anything is simulated; bad ones exit 2. */
  void check(RunPlan plan) {
    if (maxReplications != null && targetHalfwidth == null) {
      throw new InvalidInputException("--max-replications: only with --target-halfwidth");
    }
    if (warmup != null && !warmup.equals(AUTO)) {
      warnOfHiddenDisruptions(plan.scenario(), warmupDays(plan));
    }
    if (targetHalfwidth != null) {
      target(plan);
    }
  }

  /**
   * Runs what the options ask for: the automatic warm-up's pilot first, then batches or one run,
   * each computed by {@code runner}.
   */
  Sampled run(RunPlan plan, Runner runner, Progress progress) throws InterruptedException {
    int policies = plan.policies().size();
    String method = SamplingChoices.SCENARIO;
    AutoWarmup.Choice auto = null;
    long offset = 0;
    if (warmup != null && !warmup.equals(AUTO)) {
      plan = plan.withWarmupDays(warmupDays(plan));
      method = SamplingChoices.COMMAND_LINE;
    } else if (warmup != null) {
      progress.expect(2L * policies * plan.replications());
      auto = AutoWarmup.choose(plan, runner, progress::update);
      plan = plan.withWarmupDays(auto.days());
      method = SamplingChoices.MSER_5;
      offset = (long) policies * plan.replications();
    }
    long done = offset;
    if (targetHalfwidth != null) {
      PrecisionExperiment.Outcome outcome;
      try {
        outcome = PrecisionExperiment.run(plan, runner, target(plan), d -> progress.update((int) (done + d)),
            n -> progress.expect(done + (long) policies * n));
      } catch (UnmeasurableTargetException e) {
        throw new InvalidInputException("--target-halfwidth: " + e.getMessage());
      }
      return new Sampled(outcome.result(), new SamplingChoices(method, byPolicy(auto), warmup,
          targetHalfwidth, maxReplications, outcome.precision()), auto);
    }
    // a warm-up of 0 leaves the pilot as the run itself: it had warm-up 0 and the same replications
    ExperimentResult result = auto != null && auto.days() == 0 ? auto.pilot()
        : Experiment.run(plan, runner, d -> progress.update((int) (done + d)));
    progress.expect(done + (long) policies * plan.replications());
    return new Sampled(result, new SamplingChoices(method, byPolicy(auto), warmup, null, null, null),
        auto);
  }

  private static Map<String, Integer> byPolicy(AutoWarmup.Choice auto) {
    return auto == null ? null : auto.daysByPolicy();
  }

  /** One line for the console on what was chosen, or "" when nothing was. */
  static String describe(Sampled s) {
    StringBuilder b = new StringBuilder();
    if (s.warmup() != null) {
      b.append(String.format(Locale.ROOT, "warm-up: %d days by MSER-5 on the daily backlog, the largest"
          + " over the policies %s%n", s.warmup().days(), s.warmup().daysByPolicy()));
      if (AutoWarmup.atLimit(s.warmup().days(), s.result().plan().scenario().horizonDays())) {
        b.append("warm-up: MSER-5 cut the most it may (half the horizon): the backlog shows no steady"
            + " state within the horizon; consider a longer horizon or --warmup DAYS\n");
      }
    }
    var p = s.choices().precision();
    if (p != null) {
      b.append(String.format(Locale.ROOT, "precision: %s half-width %s with %d replications, target %s: %s%n",
          p.metric(), Double.isNaN(p.achieved()) ? "undefined" : String.format(Locale.ROOT, "%.6g", p.achieved()),
          s.result().plan().replications(), p.target(), p.reached() ? "reached" : "not reached (cap)"));
    }
    return b.toString();
  }

  private double warmupDays(RunPlan plan) {
    double days = number("--warmup", warmup, "a number of days or auto");
    double horizon = plan.scenario().horizonDays();
    if (days < 0 || days >= horizon) {
      throw new InvalidInputException("--warmup: must be >= 0 and below horizon_days (" + horizon
          + "), got " + warmup);
    }
    return days;
  }

  /**
   * A one-off disruption over before a --warmup given on the command line is not refused, as it
   * is for the file's warmup_days (a warm-up chosen by MSER-5 may cut it too, and replaying that
   * choice is legitimate), but said on stderr: nothing it does is measured.
   */
  private void warnOfHiddenDisruptions(Scenario scenario, double days) {
    List<Disruption> all = scenario.disruptions();
    List<String> ids = DisruptionIds.of(all);
    for (int i = 0; i < all.size(); i++) {
      Disruption d = all.get(i);
      double reach = d.timing().isRecurring() ? Double.POSITIVE_INFINITY
          : DisruptionWindowCheck.lastEffect(d, scenario.suppliers());
      if (days > 0 && reach <= days) {
        System.err.println(String.format(Locale.ROOT, "backorder: warning: --warmup: disruptions[%d] (%s)"
            + " acts only until day %s, on or before the warm-up of %s days: nothing it does is measured",
            i, ids.get(i), format(reach), warmup));
      }
    }
  }

  private static String format(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }

  private PrecisionTarget target(RunPlan plan) {
    int eq = targetHalfwidth.indexOf('=');
    if (eq < 0) {
      throw new InvalidInputException("--target-halfwidth: expected METRIC=VALUE, e.g. fill_rate=0.005, got '"
          + targetHalfwidth + "'");
    }
    String key = targetHalfwidth.substring(0, eq).strip();
    Metric metric = Arrays.stream(Metric.values()).filter(m -> m.key().equals(key)).findFirst()
        .orElseThrow(() -> new InvalidInputException("--target-halfwidth: unknown metric '" + key
            + "' (expected one of: " + Arrays.stream(Metric.values()).map(Metric::key)
            .collect(Collectors.joining(", ")) + ")"));
    double value = number("--target-halfwidth", targetHalfwidth.substring(eq + 1).strip(), "METRIC=VALUE");
    if (!(value > 0)) {
      throw new InvalidInputException("--target-halfwidth: the half-width must be > 0, got "
          + targetHalfwidth.substring(eq + 1).strip());
    }
    int max = maxReplications != null ? maxReplications : PrecisionTarget.DEFAULT_MAX_REPLICATIONS;
    if (max < 1 || max > 1_000_000) {
      throw new InvalidInputException("--max-replications: must be between 1 and 1000000, got " + max);
    }
    return new PrecisionTarget(metric, value, max);
  }

  private static double number(String option, String text, String expected) {
    try {
      double v = Double.parseDouble(text);
      if (Double.isFinite(v)) {
        return v;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new InvalidInputException(option + ": expected " + expected + ", got '" + text + "'");
  }
}
