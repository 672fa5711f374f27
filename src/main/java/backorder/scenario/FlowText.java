package backorder.scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * A YAML value as one line of flow-style text: a scalar as written ("1", "2.5"), a mapping as
 * {@code {dist: uniform, min: 1, max: 3}}, a list as {@code [1, 2]}, so results can echo a
 * scenario value in the form its author wrote.
 */
final class FlowText {

  private FlowText() {}

  static String of(YamlNode node) {
    if (node instanceof YamlNode.Scalar s) {
      return s.text();
    }
    List<String> parts = new ArrayList<>();
    if (node instanceof YamlNode.Mapping m) {
      for (YamlNode.Entry e : m.entries().values()) {
        parts.add(e.key() + ": " + of(e.value()));
      }
      return "{" + String.join(", ", parts) + "}";
    }
    for (YamlNode item : ((YamlNode.Sequence) node).items()) {
      parts.add(of(item));
    }
    return "[" + String.join(", ", parts) + "]";
  }
}
