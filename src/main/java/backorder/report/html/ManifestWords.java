package backorder.report.html;

import backorder.report.results.MetricInfo;
import backorder.report.results.RunManifest;
import static backorder.report.html.Html.esc;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The run manifest in plain words: "20 replications (from the scenario), seed 20261126 (from the
 * command line), ...; overrides: --seed 20261126". Values the file leaves out are said to be
 * unrecorded, never printed as {@code null}.
 */
final class ManifestWords {

    /** Digits of the scenario hash shown in the sentence (the whole hash is in the facts below it). */
    static final int HASH_DIGITS = 12;

    private static final String FROM_SCENARIO = " (from the scenario)";
    private static final String FROM_COMMAND_LINE = " (from the command line)";
    private static final Pattern JSON_STRING = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    private ManifestWords() { }

    /** The sentence, as HTML. */
    static String sentence(RunManifest m) {
        List<String> parts = new ArrayList<>();
        parts.add(m.replications() + (m.replications() == 1 ? " replication" : " replications") + replicationsFrom(m));
        parts.add(given(m.seed()) ? "seed " + esc(m.seed()) + (given(m.overrides().get("seed")) ? FROM_COMMAND_LINE
                : FROM_SCENARIO) : "seed not recorded");
        parts.add("warm-up " + Html.days(m.warmupDays()) + " days" + warmupFrom(m));
        String threads = m.overrides().get("threads");
        if (given(threads)) {
            parts.add(esc(number(threads)) + ("1".equals(number(threads)) ? " thread" : " threads")
                    + " (the numbers do not depend on it)");
        }
        parts.add(blank(m.engineVersion()) ? "engine version not recorded" : "engine " + esc(m.engineVersion()));
        String file = blank(m.scenarioFile()) ? "scenario file not recorded" : "scenario file <code>"
                + esc(m.scenarioFile()) + "</code>";
        String sha = m.scenarioSha256();
        parts.add(file + (blank(sha) ? ", no SHA-256 recorded" : " (SHA-256 <code>"
                + esc(sha.substring(0, Math.min(HASH_DIGITS, sha.length()))) + (sha.length() > HASH_DIGITS ? "&#8230;" : "")
                + "</code>)"));
        List<String> options = overrides(m.overrides());
        return "This run: " + String.join(", ", parts) + "; overrides: "
                + (options.isEmpty() ? "none" : String.join(", ", options)) + ".";
    }

    private static String replicationsFrom(RunManifest m) {
        if (m.precision() != null) {
            return " (chosen by --target-halfwidth)";
        }
        return given(m.overrides().get("replications")) ? FROM_COMMAND_LINE : FROM_SCENARIO;
    }

    private static String warmupFrom(RunManifest m) {
        if (SamplingNote.MSER_5.equals(m.warmupMethod())) {
            return " (chosen by MSER-5 on the daily backlog)";
        }
        return SamplingNote.COMMAND_LINE.equals(m.warmupMethod()) ? FROM_COMMAND_LINE : FROM_SCENARIO;
    }

    /** The options given on the command line, as typed ("--replications 20"); threads are said apart. */
    static List<String> overrides(Map<String, String> overrides) {
        List<String> out = new ArrayList<>();
        overrides.forEach((key, json) -> {
            if (key.equals("threads") || !given(json)) {
                return;
            }
            if (json.startsWith("[")) {
                Matcher item = JSON_STRING.matcher(json);
                String option = key.equals("policies") ? "policy" : key.replace('_', '-');
                while (item.find()) {
                    out.add("<code>--" + esc(option) + " " + esc(unescape(item.group(1))) + "</code>");
                }
                return;
            }
            out.add("<code>--" + esc(key.replace('_', '-')) + " " + esc(number(unquote(json))) + "</code>");
        });
        return out;
    }

    /** Whether a value from the file was given: not missing, not null, not an empty list. */
    private static boolean given(String json) {
        return json != null && !json.isBlank() && !json.equals("null") && !json.equals("[]");
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String unquote(String json) {
        Matcher m = JSON_STRING.matcher(json);
        return m.matches() ? unescape(m.group(1)) : json;
    }

    private static String unescape(String s) {
        return s.replace("\\\"", "\"").replace("\\\\", "\\");
    }

    /** A whole number without its ".0" ("10.0" becomes "10"); other text unchanged. */
    private static String number(String s) {
        try {
            return MetricInfo.number(Double.parseDouble(s), "0.######");
        } catch (NumberFormatException e) {
            return s;
        }
    }
}
