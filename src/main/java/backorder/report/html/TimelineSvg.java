package backorder.report.html;

import backorder.report.results.DisruptionWindow;
import backorder.report.results.MetricInfo;
import static backorder.report.html.Html.esc;

import java.util.List;

/** Draws the disruption timeline as a small inline SVG: one lane per disruption over the horizon. */
final class TimelineSvg {

    private static final int WIDTH = 900;
    private static final int LEFT = 20;
    private static final int RIGHT = 20;
    private static final int LANE = 30;
    private static final int TOP = 12;
    /** Baseline of the axis title below the axis line. */
    private static final int AXIS_TITLE = 33;
    /** Room under that baseline for the descender of "day" (12 px text), which the edge would otherwise clip. */
    private static final int DESCENT = 6;

    private TimelineSvg() { }

    /** The SVG element (no ids, so several can share a page). */
    static String render(List<DisruptionWindow> windows, double horizon, double warmup) {
        int lanes = Math.max(1, windows.size());
        int axisY = TOP + lanes * LANE + 6;
        int height = axisY + AXIS_TITLE + DESCENT;
        StringBuilder b = new StringBuilder();
        b.append("<svg class=\"timeline\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH)
                .append(' ').append(height).append("\" role=\"img\" aria-label=\"Disruption timeline over ")
                .append(Html.days(horizon)).append(" days\">\n");
        b.append("<rect x=\"").append(x(0, horizon)).append("\" y=\"").append(TOP - 4).append("\" width=\"")
                .append(fmt(x(horizon, horizon) - x(0, horizon))).append("\" height=\"").append(axisY - TOP + 4)
                .append("\" fill=\"#f6f6f6\"/>\n");
        if (warmup > 0) {
            b.append("<rect x=\"").append(x(0, horizon)).append("\" y=\"").append(TOP - 4).append("\" width=\"")
                    .append(fmt(x(warmup, horizon) - x(0, horizon))).append("\" height=\"").append(axisY - TOP + 4)
                    .append("\" fill=\"#dddddd\"/>\n<text x=\"").append(fmt(x(0, horizon) + 4)).append("\" y=\"")
                    .append(axisY - 6).append("\" class=\"tl-note\">warm-up</text>\n");
        }
        if (windows.isEmpty()) {
            b.append("<text x=\"").append(WIDTH / 2).append("\" y=\"").append(TOP + LANE / 2 + 4)
                    .append("\" text-anchor=\"middle\" class=\"tl-note\">no disruptions</text>\n");
        }
        for (int i = 0; i < windows.size(); i++) {
            lane(b, windows.get(i), TOP + i * LANE, horizon);
        }
        axis(b, axisY, horizon);
        return b.append("</svg>\n").toString();
    }

    private static void lane(StringBuilder b, DisruptionWindow w, int y, double horizon) {
        double x0 = x(Math.max(0, w.startDay()), horizon);
        double x1 = Math.max(x0 + 3, x(Math.min(horizon, w.endDay()), horizon));
        b.append("<rect x=\"").append(fmt(x0)).append("\" y=\"").append(y).append("\" width=\"").append(fmt(x1 - x0))
                .append("\" height=\"").append(LANE - 10).append("\" rx=\"3\" fill=\"#555555\"")
                .append(w.recurring() ? " stroke=\"#222222\" stroke-dasharray=\"4 3\"" : "").append("/>\n");
        String text = w.label() + " (days " + Html.days(w.startDay()) + "\u2013" + Html.days(w.endDay())
                + (w.recurring() ? ", recurring" : "") + ")";
        boolean leftOfBar = x1 + 8 + 7.5 * text.length() > WIDTH - RIGHT;
        b.append("<text x=\"").append(fmt(leftOfBar ? x0 - 6 : x1 + 6)).append("\" y=\"").append(y + LANE / 2)
                .append("\" class=\"tl-label\"").append(leftOfBar ? " text-anchor=\"end\"" : "").append('>')
                .append(esc(text)).append("</text>\n");
    }

    private static void axis(StringBuilder b, int y, double horizon) {
        b.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(y).append("\" x2=\"").append(WIDTH - RIGHT)
                .append("\" y2=\"").append(y).append("\" stroke=\"#888888\"/>\n");
        double step = niceStep(horizon / 10);
        // Count the ticks rather than add up to the horizon: an absolute slack such as horizon + 1e-9 made a
        // horizon of 1e-300 days draw 1e291 ticks (the report never finished).
        long ticks = (long) Math.floor(horizon / step * (1 + 1e-9));
        for (long i = 0; i <= ticks; i++) {
            double d = i * step;
            String x = fmt(x(d, horizon));
            b.append("<line x1=\"").append(x).append("\" y1=\"").append(y).append("\" x2=\"").append(x)
                    .append("\" y2=\"").append(y + 5).append("\" stroke=\"#888888\"/>\n<text x=\"").append(x)
                    .append("\" y=\"").append(y + 19).append("\" text-anchor=\"middle\" class=\"tl-tick\">")
                    .append(Html.days(d)).append("</text>\n");
        }
        b.append("<text x=\"").append(WIDTH - RIGHT).append("\" y=\"").append(y + AXIS_TITLE)
                .append("\" text-anchor=\"end\" class=\"tl-tick\">day</text>\n");
    }

    /** The smallest of 1, 2, 5 × 10^k that is at least {@code raw}. */
    static double niceStep(double raw) {
        if (!(raw > 0)) {
            return 1;
        }
        double p = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * p >= raw) {
                return m * p;
            }
        }
        return 10 * p;
    }

    private static double x(double day, double horizon) {
        return LEFT + (WIDTH - LEFT - RIGHT) * day / horizon;
    }

    private static String fmt(double v) {
        return MetricInfo.number(v, "0.#");
    }
}
