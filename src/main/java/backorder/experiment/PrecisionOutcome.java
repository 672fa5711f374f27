package backorder.experiment;

/**
 * How close a {@code --target-halfwidth} run came: the {@code precision} block of summary.json.
 *
 * @param metric the metric's key
 * @param target the half-width asked for
 * @param achieved the largest 95% half-width over the policies at the end (NaN: undefined for one)
 * @param reached whether every policy's half-width is at most the target
 */
public record PrecisionOutcome(String metric, double target, double achieved, boolean reached) {}
