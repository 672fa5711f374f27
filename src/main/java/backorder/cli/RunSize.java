package backorder.cli;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/**
 * The run-size check (issue 13): a run whose estimated event count exceeds {@link #LIMIT_EVENTS}
 * is refused as invalid input before anything is written, unless {@code --force} is given.
 * The limit is about an hour of simulation at {@link #CONSERVATIVE_EVENTS_PER_SECOND} (one busy
 * core; the W2 benchmark runs about 10 million events a second per core).
 */
final class RunSize {

  /** Events above which a run needs --force. */
  static final double LIMIT_EVENTS = 2e10;

  /** A throughput a slow or busy machine still reaches, for the time a run may take. */
  static final double CONSERVATIVE_EVENTS_PER_SECOND = 5e6;

  private RunSize() {}

  /**
   * Throws {@link InvalidInputException} when {@code events} exceed the limit and {@code force}
   * is off; {@code command} names the command, {@code breakdown} says how the estimate is made
   * up (e.g. "4 policies x 100 replications x 7.4 million events").
   */
  static void check(String command, double events, String breakdown, boolean force) {
    if (force || !(events > LIMIT_EVENTS)) {
      return;
    }
    throw new InvalidInputException(command + ": about " + count(events) + " events (" + breakdown
        + "), above the limit of " + count(LIMIT_EVENTS) + " (" + duration(LIMIT_EVENTS)
        + " at a conservative " + count(CONSERVATIVE_EVENTS_PER_SECOND) + " events a second; this"
        + " run: " + duration(events) + "). Give --force to run it anyway, or make it smaller"
        + " (fewer replications, policies, products, days or grid points)");
  }

  /** "4 policies x 100 replications x about 7.4 million events each". */
  static String breakdown(int policies, long replications, double perPolicyReplication) {
    return policies + (policies == 1 ? " policy" : " policies") + " x " + replications
        + (replications == 1 ? " replication" : " replications") + " x about "
        + count(perPolicyReplication) + " events each";
  }

  /** The progress bars' note: "est. 7.4 million events". */
  static String estimateNote(double events) {
    return "est. " + count(events) + " events";
  }

  /** "7.4 million", "31 billion": an event count as a person reads it, two significant digits. */
  static String count(double events) {
    String[] names = {"", " thousand", " million", " billion", " trillion"};
    int group = 0;
    double v = events;
    while (Math.abs(v) >= 1000 && group < names.length - 1) {
      v /= 1000;
      group++;
    }
    if (group == names.length - 1 && v >= 1000) {
      return String.format(Locale.ROOT, "%.1e", events);
    }
    String number = v >= 100 || group == 0 ? String.format(Locale.ROOT, "%.0f", v)
        : new BigDecimal(v).round(new MathContext(2)).stripTrailingZeros().toPlainString();
    return number + names[group];
  }

  /** The time {@code events} take at the conservative rate: "about 40 minutes", "about 3 days". */
  static String duration(double events) {
    double seconds = events / CONSERVATIVE_EVENTS_PER_SECOND;
    if (seconds < 1) {
      return "under a second";
    }
    if (seconds < 90) {
      return String.format(Locale.ROOT, "about %.0f s", seconds);
    }
    if (seconds < 90 * 60) {
      return String.format(Locale.ROOT, "about %.0f minutes", seconds / 60);
    }
    if (seconds < 48 * 3600) {
      return String.format(Locale.ROOT, "about %.1f hours", seconds / 3600);
    }
    return String.format(Locale.ROOT, "about %.0f days", seconds / 86400);
  }
}
