package backorder.report.html;

import backorder.report.results.MetricInfo;
import backorder.report.results.RunManifest;
import static backorder.report.html.Html.esc;

/** The method note's words on a warm-up or replication count chosen from the data (SPEC §5). */
final class SamplingNote {

    /** summary.json's names for how the warm-up was chosen. */
    static final String MSER_5 = "mser-5";
    static final String COMMAND_LINE = "command line";

    private SamplingNote() { }

    /** Sentences for the method paragraph; empty for a plain run. */
    static String sentences(RunManifest m) {
        StringBuilder b = new StringBuilder();
        if (MSER_5.equals(m.warmupMethod())) {
            b.append("The warm-up of ").append(Html.days(m.warmupDays())).append(" days was chosen from the data "
                    + "by MSER-5 (White 1997; White, Cobb &amp; Spratt 2000): a pilot of the same replications "
                    + "without warm-up, the across-replication mean of the daily total backlog averaged in batches "
                    + "of 5 days, truncated where the marginal standard error of the rest is smallest (at most half "
                    + "the horizon); with several policies, the largest truncation over them. ");
            if (m.warmupDays() > 0 && m.warmupDays() == mostTruncated(m.horizonDays())) {
                b.append("That is the most MSER-5 may cut: the backlog shows no steady state within the horizon, "
                        + "and a deliberate disruption may be part of what was cut. ");
            }
        } else if (COMMAND_LINE.equals(m.warmupMethod())) {
            b.append("The warm-up was set on the command line. ");
        }
        RunManifest.Precision p = m.precision();
        if (p != null) {
            b.append("Replications were added in batches until the 95% half-width of <code>").append(esc(p.metric()))
                    .append("</code> was at most ").append(number(p.target())).append(" for every policy: ")
                    .append(p.reached() ? "reached with " + m.replications() + " replications (largest half-width "
                            + number(p.achieved()) + "). "
                            : "not reached; the cap of " + m.replications() + " replications ended the run (largest "
                            + "half-width " + (Double.isNaN(p.achieved()) ? "undefined" : number(p.achieved())) + "). ");
        }
        return b.toString();
    }

    /** The precision fact, or null without a target. */
    static String precisionFact(RunManifest m) {
        RunManifest.Precision p = m.precision();
        if (p == null) {
            return null;
        }
        return "95% half-width of <code>" + esc(p.metric()) + "</code> &le; " + number(p.target()) + ": "
                + (p.reached() ? "reached" : "not reached") + " (largest "
                + (Double.isNaN(p.achieved()) ? "undefined" : number(p.achieved())) + ")";
    }

    private static double mostTruncated(double horizonDays) {
        return 5 * (((int) Math.ceil(horizonDays) / 5) / 2);
    }

    private static String number(double v) {
        return MetricInfo.number(v, "0.######");
    }
}
