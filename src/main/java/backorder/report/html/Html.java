package backorder.report.html;

import backorder.report.VisibleText;
import backorder.report.results.MetricInfo;
import backorder.report.chart.PolicyPalette;
import backorder.report.chart.WrittenChart;
import java.util.Base64;

/** Small HTML helpers: escaping of text from files (markup, invisible characters), day numbers, policy swatches. */
final class Html {

    private Html() { }

    /**
     * Escapes text for element content and double-quoted attribute values; control and bidirectional
     * characters are shown as {@link VisibleText} escapes, as the charts and the terminal show them.
     */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> VisibleText.appendShown(b, c);
            }
            i += Character.charCount(c);
        }
        return b.toString();
    }

    /** A day count such as "180" or "95.2". */
    static String days(double d) {
        return MetricInfo.number(d, "#,##0.#");
    }

    /** Items joined as in a sentence: "a", "a and b", "a, b and c". */
    static String list(java.util.List<String> items) {
        int n = items.size();
        if (n <= 1) {
            return n == 0 ? "" : items.get(0);
        }
        return String.join(", ", items.subList(0, n - 1)) + " and " + items.get(n - 1);
    }

    /** The opening of a table in its own horizontal scroll box, so a wide table does not widen a phone's page. */
    static String openTable(String cssClass) {
        return "<div class=\"scroll\"><table class=\"" + cssClass + "\">";
    }

    /** The end of a table opened by {@link #openTable}. */
    static final String CLOSE_TABLE = "</table></div>";

    /** Escaped text with line-break chances after each dot, for long parameter paths in table headers. */
    static String breakable(String s) {
        return esc(s).replace(".", ".<wbr>");
    }

    /**
     * A chart as a figure: the PNG embedded (so the page needs no other file to show it) and linked to
     * {@code charts/ID.png}, so that on a phone a tap opens the full-size picture to zoom into; the caption
     * starts with {@code number} (e.g. "Figure 2. ", or "") and links the SVG and PNG files.
     */
    static String figure(WrittenChart c, String number) {
        String id = esc(c.figure().id());
        String title = esc(c.figure().title());
        return "<figure id=\"fig-" + id + "\">\n<a class=\"chart\" href=\"charts/" + id + ".png\">"
                + "<img src=\"data:image/png;base64," + Base64.getEncoder().encodeToString(c.pngBytes())
                + "\" width=\"" + c.figure().width() + "\" height=\"" + c.figure().height() + "\" alt=\"" + title
                + "\"></a>\n<figcaption><strong>" + number + title + ".</strong> " + esc(c.figure().caption())
                + " <span class=\"files\">(also as <a href=\"charts/" + id + ".svg\">SVG</a> and <a href=\"charts/"
                + id + ".png\">PNG</a>)</span></figcaption>\n</figure>\n";
    }

    /** A coloured square and the escaped policy name. */
    static String policy(PolicyPalette palette, String name) {
        return "<span class=\"swatch\" style=\"background:" + palette.hex(name) + "\"></span>" + esc(name);
    }
}
