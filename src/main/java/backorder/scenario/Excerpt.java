package backorder.scenario;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What a message may show of a side file's content: only a file whose header looked like CSV
 * (short column names), and then at most {@link #MAX_CHARS} printable ASCII characters, anything
 * else replaced by '?', so that a path pointing at a system file never prints that file.
 */
final class Excerpt {

  /** Characters of a side file a message shows at most. */
  static final int MAX_CHARS = 40;

  private static final Pattern COLUMN_NAME = Pattern.compile("[A-Za-z0-9_. -]{0,64}");

  private Excerpt() {}

  /** The text cut to {@link #MAX_CHARS} printable ASCII characters ("..." marks a cut). */
  static String of(String text) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < text.length() && b.length() < MAX_CHARS; i++) {
      char c = text.charAt(i);
      b.append(c >= 0x20 && c < 0x7f ? c : '?');
    }
    if (text.length() > MAX_CHARS) {
      b.setLength(MAX_CHARS - 3);
      b.append("...");
    }
    return b.toString();
  }

  /** Whether a header row looks like one of a CSV file: a few short, plain column names. */
  static boolean looksLikeHeader(List<String> cells) {
    return cells.size() <= InputLimits.MAX_CELLS_PER_ROW
        && cells.stream().allMatch(c -> COLUMN_NAME.matcher(c).matches());
  }
}
