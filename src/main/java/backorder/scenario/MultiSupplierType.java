package backorder.scenario;

import backorder.policy.PolicySettings;
import backorder.policy.PolicySettings.MultiSupplier.Mode;
import backorder.policy.ReorderRule;
import backorder.scenario.YamlNode.Entry;
import backorder.scenario.YamlNode.Sequence;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code type: multi_supplier} — a primary and backups, used by a fixed split, on failover while
 * the primary announces a delay, or to expedite the gap before the primary's next arrival.
 */
final class MultiSupplierType implements PolicyType {

  static final List<String> MODES = List.of("split", "failover", "expedite");

  @Override
  public String name() {
    return "multi_supplier";
  }

  @Override
  public List<String> keys() {
    List<String> keys = new ArrayList<>(
        List.of("primary", "backups", "mode", "split", "failover_after_delay_days"));
    keys.addAll(ReorderRuleParser.KEYS);
    return keys;
  }

  @Override
  public PolicySettings parse(MappingReader m, PolicyReferences refs) {
    Problems problems = m.problems;
    String primary = refs.supplier(m, "primary");
    List<String> backups = backups(m, refs, primary);
    String modeName = m.requiredOneOf("mode", "mode", MODES);
    Mode mode = modeName == null ? null : Mode.valueOf(modeName.toUpperCase(Locale.ROOT));
    Map<String, Double> split = Map.of();
    if (mode == Mode.SPLIT) {
      split = m.has("split") ? split(m, primary, backups) : null;
      if (!m.has("split")) {
        m.missing("split", "required with mode: split (shares by supplier, summing to 1)");
      }
    } else if (mode != null && m.has("split")) {
      problems.add(m.keyWhere("split"), m.pathOf("split"), "used only with mode: split");
    }
    double failover = 0;
    if (mode == Mode.FAILOVER) {
      failover = m.number("failover_after_delay_days", 0, Check.DAYS);
    } else if (mode != null && m.has("failover_after_delay_days")) {
      problems.add(m.keyWhere("failover_after_delay_days"), m.pathOf("failover_after_delay_days"),
          "used only with mode: failover");
    }
    ReorderRule rule = ReorderRuleParser.parse(m);
    if (primary == null || backups == null || mode == null || split == null || rule == null) {
      return null;
    }
    return new PolicySettings.MultiSupplier(primary, List.copyOf(backups), mode, split, failover,
        rule);
  }

  private static List<String> backups(MappingReader m, PolicyReferences refs, String primary) {
    if (!m.has("backups")) {
      m.missing("backups", "required (a list of backup supplier names)");
      return null;
    }
    List<String> backups = m.names("backups", "supplier", refs.supplierNames);
    if (backups != null && m.get("backups") instanceof Sequence l && l.items().isEmpty()) {
      m.problems.add(l.where(), m.pathOf("backups"), "must list at least one backup supplier");
      return null;
    }
    if (backups != null && primary != null && backups.contains(primary)) {
      m.problems.add(m.get("backups").where(), m.pathOf("backups"),
          "must not contain the primary '" + primary + "'");
      return null;
    }
    return backups;
  }

  private static Map<String, Double> split(MappingReader policy, String primary,
      List<String> backups) {
    if (primary == null || backups == null) {
      return null;
    }
    List<String> names = new ArrayList<>(List.of(primary));
    names.addAll(backups);
    MappingReader m = MappingReader.open(policy.get("split"), policy.pathOf("split"),
        policy.problems, null);
    if (m == null) {
      return null;
    }
    Map<String, Double> shares = new LinkedHashMap<>();
    boolean ok = true;
    for (Entry e : m.mapping.entries().values()) {
      if (!names.contains(e.key())) {
        m.problems.add(e.keyWhere(), m.pathOf(e.key()), "unknown supplier '" + e.key()
            + "' (expected the primary or a backup: " + String.join(", ", names) + ")");
        ok = false;
        continue;
      }
      Double share = m.number(e.key(), Check.between(0, 1));
      ok &= share != null;
      shares.put(e.key(), share == null ? 0 : share);
    }
    double sum = shares.values().stream().mapToDouble(Double::doubleValue).sum();
    if (ok && Math.abs(sum - 1) > 1e-9) {
      // rounded as the stores' demand_share sum is: 0.1 + 0.3 reads 0.4, not 0.39999999999999997
      String shown = new java.math.BigDecimal(sum).round(new java.math.MathContext(12)).stripTrailingZeros()
          .toPlainString();
      m.problems.add(m.where(), m.path, "shares must sum to 1 (within 1e-9), got " + shown);
      ok = false;
    }
    return ok ? Collections.unmodifiableMap(shares) : null;
  }
}
