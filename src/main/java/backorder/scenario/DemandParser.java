package backorder.scenario;

import backorder.scenario.Product.Demand;
import backorder.scenario.Product.Demand.Process;
import backorder.scenario.YamlNode.Sequence;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads a product's {@code demand} mapping into a draft, and completes the demand of a layered
 * draft: which keys each process needs, and which it refuses when the product itself writes them.
 */
final class DemandParser {

  static final List<String> KEYS =
      List.of("process", "rate_per_day", "weekly_pattern", "trace", "order_size");

  static final List<String> PROCESSES = List.of("poisson", "deterministic", "trace");

  private final Problems problems;
  private final TraceReader traces;

  DemandParser(Problems problems, TraceReader traces) {
    this.problems = problems;
    this.traces = traces;
  }

  void read(YamlNode node, String path, ProductDraft draft) {
    MappingReader m = MappingReader.open(node, path, problems, KEYS);
    if (m == null) {
      return;
    }
    draft.demandWhere = m.where();
    for (YamlNode.Entry e : m.mapping.entries().values()) {
      draft.given.put("demand." + e.key(), e.keyWhere());
    }
    String process = m.oneOf("process", "process", PROCESSES);
    draft.process = process == null ? null : Process.valueOf(process.toUpperCase(Locale.ROOT));
    // a million orders a day per product is beyond any shop; larger values are typos that would never finish
    draft.ratePerDay = m.number("rate_per_day", Check.atLeast(0).and(Check.atMost(1_000_000)));
    if (m.has("weekly_pattern")) {
      draft.weeklyPattern = weeklyPattern(m);
    }
    if (m.has("trace")) {
      draft.traceOrdersPerDay = traces.read(m.get("trace"), m.pathOf("trace"));
    }
    draft.orderSize = m.dist("order_size", DistParser.Use.ORDER_SIZE);
  }

  private double[] weeklyPattern(MappingReader m) {
    String path = m.pathOf("weekly_pattern");
    Sequence list = Values.list(m.get("weekly_pattern"), path, problems);
    if (list == null) {
      return null;
    }
    if (list.items().size() != 7) {
      problems.add(list.where(), path,
          "must have 7 numbers (Monday..Sunday), got " + list.items().size());
      return null;
    }
    double[] pattern = DistParser.numbers(m, "weekly_pattern", Check.atLeast(0).and(Check.atMost(1000)));
    if (pattern != null && Arrays.stream(pattern).sum() <= 0) {
      problems.add(list.where(), path, "must not all be 0");
      return null;
    }
    return pattern;
  }

  /**
   * The demand of a layered draft ({@code own} over the defaults); keys the product itself writes
   * must be used by its process, while keys inherited from product_defaults are simply ignored.
   */
  Demand complete(ProductDraft own, ProductDraft merged) {
    String path = own.path + ".demand";
    YamlNode.Where at = own.demandWhere != null ? own.demandWhere : own.where;
    Dist orderSize = merged.orderSize != null ? merged.orderSize : Dist.constant(1);
    double[] ones = {1, 1, 1, 1, 1, 1, 1};
    if (!merged.given.containsKey("demand")) {
      problems.add(own.where, path, "required");
      return null;
    }
    if (!merged.given.containsKey("demand.process")) {
      problems.add(at, path + ".process", "required (one of: " + String.join(", ", PROCESSES) + ")");
      return null;
    }
    if (merged.process == null) {
      return null; // wrong process, reported
    }
    if (merged.process == Process.TRACE) {
      refuseOwn(own, "rate_per_day", merged.process, "the trace gives each day's orders");
      refuseOwn(own, "weekly_pattern", merged.process, "the trace gives each day's orders");
      if (!merged.given.containsKey("demand.trace")) {
        problems.add(at, path + ".trace", "required with process: trace");
        return null;
      }
      int[] trace = merged.traceOrdersPerDay;
      if (trace == null) {
        return null; // unreadable, reported
      }
      double mean = trace.length == 0 ? 0 : Arrays.stream(trace).asLongStream().sum()
          / (double) trace.length;
      return new Demand(Process.TRACE, mean, ones, trace.clone(), orderSize);
    }
    refuseOwn(own, "trace", merged.process, "a trace is used only with process: trace");
    if (!merged.given.containsKey("demand.rate_per_day")) {
      problems.add(at, path + ".rate_per_day",
          "required with process: " + merged.process.name().toLowerCase(Locale.ROOT));
      return null;
    }
    if (merged.ratePerDay == null) {
      return null;
    }
    double[] pattern = merged.weeklyPattern != null ? merged.weeklyPattern : ones;
    return new Demand(merged.process, merged.ratePerDay, pattern, new int[0], orderSize);
  }

  private void refuseOwn(ProductDraft own, String key, Process process, String why) {
    YamlNode.Where at = own.given.get("demand." + key);
    if (at != null) {
      problems.add(at, own.path + ".demand." + key, "not allowed with process: "
          + process.name().toLowerCase(Locale.ROOT) + " (" + why + ")");
    }
  }
}
