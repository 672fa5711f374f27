package backorder.experiment;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a run chose its warm-up and its number of replications, and the command-line options that
 * asked for them, for the run manifest in summary.json.
 *
 * @param warmupMethod {@link #SCENARIO}, {@link #COMMAND_LINE} or {@link #MSER_5}
 * @param warmupDaysByPolicy each policy's own MSER-5 truncation in days, by name, or null unless
 *     {@link #MSER_5} chose the warm-up (which is then the largest of them)
 * @param warmupOption the text given to --warmup, or null
 * @param targetOption the text given to --target-halfwidth, or null
 * @param maxReplicationsOption the --max-replications given, or null
 * @param precision how close a --target-halfwidth run came, or null without one
 */
public record SamplingChoices(String warmupMethod, Map<String, Integer> warmupDaysByPolicy,
    String warmupOption, String targetOption,
    Integer maxReplicationsOption, PrecisionOutcome precision) {

  /** The warm-up is the scenario's {@code warmup_days}. */
  public static final String SCENARIO = "scenario";
  /** The warm-up is the number given to --warmup. */
  public static final String COMMAND_LINE = "command line";
  /** The warm-up was chosen by MSER-5 on the daily backlog of a pilot ({@link AutoWarmup}). */
  public static final String MSER_5 = "mser-5";

  /** A plain run: the scenario's warm-up, the replications asked for. */
  public static final SamplingChoices PLAIN =
      new SamplingChoices(SCENARIO, null, null, null, null, null);

  /** Copies the map, keeping the policies' order. */
  public SamplingChoices {
    warmupDaysByPolicy = warmupDaysByPolicy == null ? null
        : Collections.unmodifiableMap(new LinkedHashMap<>(warmupDaysByPolicy));
  }
}
