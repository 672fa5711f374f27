package backorder.report.chart;

import java.awt.Color;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Fixed colour-blind-safe colours (Okabe–Ito) assigned to policies in scenario order, so a policy
 * has the same colour in every chart and in the HTML; beyond eight policies the colours repeat.
 */
public final class PolicyPalette {

    /** Okabe–Ito colours, ordered for contrast on white (yellow last: it is faint on white). */
    private static final Color[] OKABE_ITO = {
        new Color(0x0072B2), // blue
        new Color(0xE69F00), // orange
        new Color(0x009E73), // bluish green
        new Color(0xCC79A7), // reddish purple
        new Color(0xD55E00), // vermillion
        new Color(0x56B4E9), // sky blue
        new Color(0x000000), // black
        new Color(0xF0E442), // yellow
    };

    private final Map<String, Color> colours = new LinkedHashMap<>();

    private PolicyPalette(List<String> policies) {
        for (int i = 0; i < policies.size(); i++) {
            colours.put(policies.get(i), OKABE_ITO[i % OKABE_ITO.length]);
        }
    }

    /** Assigns colours to the policies in the given (scenario) order. */
    public static PolicyPalette of(List<String> policiesInScenarioOrder) {
        return new PolicyPalette(policiesInScenarioOrder);
    }

    /** The policy's colour (grey for a policy the palette was not built with). */
    public Color colour(String policy) {
        return colours.getOrDefault(policy, Color.GRAY);
    }

    /** The policy's colour with the given opacity (0–255). */
    public Color colour(String policy, int alpha) {
        Color c = colour(policy);
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }

    /** The policy's colour as a CSS hex string such as {@code #0072B2}. */
    public String hex(String policy) {
        return String.format(Locale.ROOT, "#%06X", colour(policy).getRGB() & 0xFFFFFF);
    }
}
