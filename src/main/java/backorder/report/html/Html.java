package backorder.report.html;

import backorder.report.results.MetricInfo;
import backorder.report.chart.PolicyPalette;

/** Small HTML helpers: escaping of text from files, day numbers and policy swatches. */
final class Html {

    private Html() { }

    /** Escapes text for element content and double-quoted attribute values. */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
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

    /** A coloured square and the escaped policy name. */
    static String policy(PolicyPalette palette, String name) {
        return "<span class=\"swatch\" style=\"background:" + palette.hex(name) + "\"></span>" + esc(name);
    }
}
