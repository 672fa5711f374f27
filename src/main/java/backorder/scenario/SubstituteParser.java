package backorder.scenario;

import backorder.scenario.ProductDraft.SubstituteDraft;
import backorder.scenario.YamlNode.Sequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads {@code customers.substitutes} (SPEC §9): an ordered list of {@code {sku,
 * accept_probability}} without duplicates; once every sku is known, each must name another product.
 */
final class SubstituteParser {

  static final List<String> KEYS = List.of("sku", "accept_probability");

  private final Problems problems;

  SubstituteParser(Problems problems) {
    this.problems = problems;
  }

  /** The valid items of the list at {@code path}, problems reported; null when it is no list. */
  List<SubstituteDraft> read(YamlNode node, String path) {
    Sequence list = Values.list(node, path, problems);
    if (list == null) {
      return null;
    }
    List<SubstituteDraft> items = new ArrayList<>();
    List<String> seen = new ArrayList<>();
    for (int i = 0; i < list.items().size(); i++) {
      String itemPath = Values.index(path, i);
      MappingReader m = MappingReader.open(list.items().get(i), itemPath, problems, KEYS);
      if (m == null) {
        continue;
      }
      String sku = m.requiredText("sku");
      Double p = m.requiredNumber("accept_probability", Check.PROBABILITY);
      if (sku != null && sku.isBlank()) {
        problems.add(m.get("sku").where(), m.pathOf("sku"), "must not be empty");
      } else if (sku != null && seen.contains(sku)) {
        problems.add(m.get("sku").where(), m.pathOf("sku"), "duplicate substitute '" + sku
            + "' (first at " + Values.index(path, seen.indexOf(sku)) + ")");
      } else if (sku != null) {
        seen.add(sku);
        if (p != null) {
          items.add(new SubstituteDraft(sku, p, m.get("sku").where(), m.pathOf("sku")));
        }
      }
    }
    return items;
  }

  /**
   * The substitutes of product {@code sku}, each checked against the scenario's products; the
   * list may come from product_defaults, so problems point at where it was written.
   */
  List<Product.Substitute> complete(String sku, List<SubstituteDraft> drafts, Set<String> known,
      List<String> knownInOrder) {
    if (drafts == null) {
      return List.of();
    }
    List<Product.Substitute> substitutes = new ArrayList<>();
    for (SubstituteDraft d : drafts) {
      if (d.sku().equals(sku)) {
        problems.add(d.skuWhere(), d.path(), "product '" + sku + "' cannot be its own substitute");
      } else if (!known.contains(d.sku())) {
        problems.add(d.skuWhere(), d.path(),
            MappingReader.unknownName("product", d.sku(), knownInOrder));
      } else {
        substitutes.add(new Product.Substitute(d.sku(), d.acceptProbability()));
      }
    }
    return substitutes;
  }
}
