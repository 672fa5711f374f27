package backorder.scenario;

import java.io.Serializable;

/**
 * One thing wrong with a scenario, located as {@code FILE:LINE:COLUMN: PATH: message} (SPEC §2).
 *
 * @param file the file as the user named it (or a side file resolved next to it)
 * @param line 1-based line
 * @param column 1-based column
 * @param path the key path in dotted/indexed form, e.g. {@code products[0].demand.rate_per_day}, or
 *     {@code (root)}
 */
public record Problem(String file, int line, int column, String path, String message)
    implements Serializable {

  @Override
  public String toString() {
    return file + ":" + line + ":" + column + ": " + path + ": " + message;
  }
}
