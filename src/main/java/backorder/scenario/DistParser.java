package backorder.scenario;

import backorder.random.Samplers;
import backorder.scenario.Dist.Kind;
import backorder.scenario.YamlNode.Scalar;
import backorder.scenario.YamlNode.Sequence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Parses a distribution (SPEC §1 "Distributions"): a bare number is a constant, otherwise a mapping
 * {@code {dist: KIND, parameters...}}; parameters are checked for the family and for the use.
 */
final class DistParser {

  /** What the drawn numbers mean, which bounds the values allowed (smallest and largest). */
  enum Use {
    /** days: never negative */
    DURATION,
    /** units per customer order: at least 1 */
    ORDER_SIZE
  }

  /** Family names as written in YAML, in documentation order. */
  static final List<String> NAMES = List.of("constant", "exponential", "uniform", "normal",
      "lognormal", "gamma", "triangular", "empirical", "poisson", "geometric");

  /** Weights are relative: any scale up to this keeps their sum finite. */
  private static final double MAX_WEIGHT = 1e12;

  private static final Check WHOLE = v -> v == Math.rint(v) ? null : "must be a whole number";

  private DistParser() {}

  /** Parameter keys of a family, in the order of the {@link Dist} fields a, b, c. */
  static List<String> parameters(Kind kind) {
    return switch (kind) {
      case CONSTANT -> List.of("value");
      case EXPONENTIAL, POISSON, GEOMETRIC -> List.of("mean");
      case UNIFORM -> List.of("min", "max");
      case NORMAL, LOGNORMAL, GAMMA -> List.of("mean", "sd");
      case TRIANGULAR -> List.of("min", "mode", "max");
      case EMPIRICAL -> List.of("values", "weights");
    };
  }

  static String nameOf(Kind kind) {
    return kind.name().toLowerCase(Locale.ROOT);
  }

  /** The parameters of a parsed distribution by key: Double, or double[] for empirical. */
  static Map<String, Object> parameterValues(Dist d) {
    Map<String, Object> values = new LinkedHashMap<>();
    if (d.kind() == Kind.EMPIRICAL) {
      values.put("values", d.values().clone());
      values.put("weights", d.weights().clone());
      return values;
    }
    double[] abc = {d.a(), d.b(), d.c()};
    List<String> keys = parameters(d.kind());
    for (int i = 0; i < keys.size(); i++) {
      values.put(keys.get(i), abc[i]);
    }
    return values;
  }

  /** The distribution, or null when it is wrong (reported). */
  static Dist parse(YamlNode node, String path, Problems problems, Use use) {
    if (node instanceof Scalar) {
      Double v = Values.number(node, path, problems, valueRange(use));
      return v == null ? null : Dist.constant(v);
    }
    if (!(node instanceof YamlNode.Mapping)) {
      problems.add(node.where(), path,
          "must be a number or a distribution such as {dist: exponential, mean: 12}, got "
              + YamlNode.describe(node));
      return null;
    }
    MappingReader m = MappingReader.open(node, path, problems, null);
    String name = m.has("dist") ? m.oneOf("dist", "distribution", NAMES) : null;
    if (name == null) {
      if (!m.has("dist")) {
        m.missing("dist", "required (one of: " + String.join(", ", NAMES) + ")");
      }
      return null;
    }
    Kind kind = Kind.valueOf(name.toUpperCase(Locale.ROOT));
    List<String> keys = new ArrayList<>(List.of("dist"));
    keys.addAll(parameters(kind));
    m.rejectUnknownKeys(keys);
    return kind == Kind.EMPIRICAL ? empirical(m, use) : parametric(m, kind, use);
  }

  private static Check valueRange(Use use) {
    return use == Use.DURATION ? Check.DAYS : Check.atLeast(1).and(WHOLE).and(largest(use));
  }

  /** The ceiling of every parameter: days within the longest horizon, units within an order's cap. */
  private static Check largest(Use use) {
    return use == Use.DURATION ? Check.DAYS_CEILING : v -> v <= Check.MAX_ORDER_UNITS ? null
        : "must be <= 1000000 (units in one customer order)";
  }

  private static Dist parametric(MappingReader m, Kind kind, Use use) {
    // Stated minimums (min, value) must respect the use; means need only be positive, since
    // the model counts an order-size draw below 1 as 1.
    Check floor = (use == Use.DURATION ? Check.atLeast(0) : Check.atLeast(1)).and(largest(use));
    Check ceiling = largest(use);
    Double a;
    Double b = 0.0;
    Double c = 0.0;
    switch (kind) {
      case CONSTANT -> a = m.requiredNumber("value", valueRange(use));
      case EXPONENTIAL, LOGNORMAL, GAMMA, POISSON ->
          a = m.requiredNumber("mean", Check.above(0).and(ceiling));
      case GEOMETRIC -> a = m.requiredNumber("mean", Check.atLeast(1).and(ceiling));
      case NORMAL -> a = m.requiredNumber("mean",
          (use == Use.DURATION ? Check.atLeast(0) : Check.above(0)).and(ceiling));
      default -> a = m.requiredNumber("min", floor); // uniform, triangular
    }
    switch (kind) {
      case NORMAL, LOGNORMAL -> b = m.requiredNumber("sd", Check.atLeast(0).and(ceiling));
      case GAMMA -> b = m.requiredNumber("sd", Check.above(0).and(ceiling));
      case UNIFORM -> b = m.requiredNumber("max", ceiling);
      case TRIANGULAR -> {
        b = m.requiredNumber("mode", ceiling);
        c = m.requiredNumber("max", ceiling);
      }
      default -> { }
    }
    if (a == null || b == null || c == null) {
      return null;
    }
    if (kind == Kind.UNIFORM && b < a) {
      m.problems.add(m.get("max").where(), m.pathOf("max"),
          "must be >= min (" + Check.format(a) + "), got " + m.rawText("max"));
      return null;
    }
    if (kind == Kind.TRIANGULAR && (b < a || b > c)) {
      String where = c < a ? "max" : "mode";
      String rule = c < a ? "must be >= min (" + Check.format(a) + ")"
          : "must be between min and max (" + Check.format(a) + " and " + Check.format(c) + ")";
      m.problems.add(m.get(where).where(), m.pathOf(where), rule + ", got " + m.rawText(where));
      return null;
    }
    if ((kind == Kind.LOGNORMAL || kind == Kind.GAMMA) && a * a == 0) {
      // the sampler's parameters divide by mean^2, which rounds to 0 below about 1e-154
      m.problems.add(m.get("mean").where(), m.pathOf("mean"), "is too small for a " + nameOf(kind)
          + " (its square rounds to 0 in double precision), got " + m.rawText("mean"));
      return null;
    }
    String apart = tooFarApart(kind, a, b);
    if (apart != null) {
      m.problems.add(m.get("sd").where(), m.pathOf("sd"), apart + ", got " + m.rawText("sd"));
      return null;
    }
    return new Dist(kind, a, b, c, null, null);
  }

  /**
   * The requirement a lognormal's or gamma's mean and sd break when the parameters its sampler derives
   * ({@link Samplers}) are 0, infinite or NaN in double precision, else null.
   */
  private static String tooFarApart(Kind kind, double mean, double sd) {
    if (kind == Kind.LOGNORMAL && !Double.isFinite(Samplers.lognormalSigma2(mean, sd))) {
      return "is too far from mean (" + Check.format(mean) + ") for a lognormal: sd^2/mean^2 must be finite";
    }
    if (kind == Kind.GAMMA) {
      double shape = Samplers.gammaShape(mean, sd);
      double scale = Samplers.gammaScale(mean, sd);
      if (!(shape > 0 && scale > 0 && Double.isFinite(shape) && Double.isFinite(scale))) {
        return "is too far from mean (" + Check.format(mean) + ") for a gamma: its shape mean^2/sd^2 and"
            + " scale sd^2/mean must be > 0 and finite";
      }
    }
    return null;
  }

  private static Dist empirical(MappingReader m, Use use) {
    if (!m.has("values")) {
      m.missing("values");
      return null;
    }
    double[] values = numbers(m, "values", valueRange(use));
    if (values == null) {
      return null;
    }
    double[] weights = new double[values.length];
    java.util.Arrays.fill(weights, 1.0);
    if (m.has("weights")) {
      weights = numbers(m, "weights", Check.atLeast(0).and(Check.atMost(MAX_WEIGHT)));
      if (weights == null) {
        return null;
      }
      if (weights.length != values.length) {
        m.problems.add(m.get("weights").where(), m.pathOf("weights"),
            "must have as many entries as values (" + values.length + "), got " + weights.length);
        return null;
      }
      double sum = 0;
      for (double w : weights) {
        sum += w;
      }
      if (!(sum > 0)) {
        m.problems.add(m.get("weights").where(), m.pathOf("weights"), "must not all be 0");
        return null;
      }
    }
    return new Dist(Kind.EMPIRICAL, 0, 0, 0, values, weights);
  }

  /** A non-empty list of numbers, or null. */
  static double[] numbers(MappingReader m, String key, Check check) {
    Sequence list = Values.list(m.get(key), m.pathOf(key), m.problems);
    if (list == null) {
      return null;
    }
    if (list.items().isEmpty()) {
      m.problems.add(list.where(), m.pathOf(key), "must list at least one number");
      return null;
    }
    double[] out = new double[list.items().size()];
    boolean ok = true;
    for (int i = 0; i < out.length; i++) {
      Double v = Values.number(list.items().get(i), Values.index(m.pathOf(key), i), m.problems,
          check);
      ok &= v != null;
      out[i] = v == null ? Double.NaN : v;
    }
    return ok ? out : null;
  }
}
