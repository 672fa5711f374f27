package backorder.scenario;

import backorder.metric.Constraint;
import backorder.metric.Metric;
import backorder.metric.Objective;
import backorder.policy.PolicySpec;
import backorder.scenario.CatalogReader.CatalogRow;
import backorder.scenario.YamlNode.Mapping;
import backorder.scenario.YamlNode.Sequence;
import backorder.scenario.YamlNode.Where;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Loads a scenario file (SPEC §1) into a validated, immutable {@link Scenario}, or reports every
 * problem at once as {@code FILE:LINE:COLUMN: PATH: message} (SPEC §2) in a
 * {@link ScenarioException}. Nothing else escapes: syntax errors, missing files and even internal
 * faults become problems.
 */
public final class ScenarioLoader {

  /** Top-level keys in documentation order. */
  static final List<String> KEYS = List.of("name", "description", "horizon_days", "warmup_days",
      "replications", "seed", "currency", "products", "product_catalog", "product_defaults", "suppliers",
      "locations", "disruptions", "policies", "objective");

  /** Metrics the report may rank policies by ({@code objective.metric}): those with a direction. */
  static final List<String> OBJECTIVE_METRICS = Arrays.stream(Metric.values()).map(Metric::key).toList();

  static final int MAX_REPLICATIONS = 1_000_000;
  static final int MAX_CURRENCY_CHARS = 8;
  static final double MAX_HORIZON_DAYS = 1_000_000;

  private static final Pattern NAME = Pattern.compile("[a-z0-9-]+");

  private final Path file;
  private final Problems problems;
  private final OverrideTree overrides;
  private final SideFiles sideFiles;

  private ScenarioLoader(Path file, Problems problems, OverrideTree overrides,
      SideFiles sideFiles) {
    this.file = file;
    this.problems = problems;
    this.overrides = overrides;
    this.sideFiles = sideFiles;
  }

  /** Reads and validates the file; side files (trace, catalogue) are relative to its folder. */
  public static Scenario load(Path file) throws ScenarioException {
    return load(file, List.of());
  }

  /**
   * Reads the file, sets the overrides' values in it (see {@link ValueOverride}), and validates
   * the result as if the values had been written in the file.
   */
  public static Scenario load(Path file, List<ValueOverride> overrides) throws ScenarioException {
    return load(file, overrides, SideFileAccess.SCENARIO_FOLDER);
  }

  /** As above, with side files allowed where {@code access} says (SCENARIO_FOLDER by default). */
  public static Scenario load(Path file, List<ValueOverride> overrides, SideFileAccess access)
      throws ScenarioException {
    byte[] bytes = scenarioBytes(file);
    return parse(utf8(bytes, file), bytes, file, overrides, SideFiles.disk(file, access));
  }

  /**
   * Loads the file as {@link #load(Path)} does and keeps the bytes of it and of every side file
   * read, so that the same scenario can be loaded where those files do not exist.
   */
  public static ScenarioSource.Loaded loadWithSource(Path file) throws ScenarioException {
    return loadWithSource(file, List.of());
  }

  /** As above, with the overrides' values set in the file as {@link #load(Path, List)} does. */
  public static ScenarioSource.Loaded loadWithSource(Path file, List<ValueOverride> overrides)
      throws ScenarioException {
    return loadWithSource(file, overrides, SideFileAccess.SCENARIO_FOLDER);
  }

  /** As above, with side files allowed where {@code access} says. */
  public static ScenarioSource.Loaded loadWithSource(Path file, List<ValueOverride> overrides,
      SideFileAccess access) throws ScenarioException {
    byte[] bytes = scenarioBytes(file);
    SideFiles.Recording recording = new SideFiles.Recording(file, access);
    Scenario scenario = parse(utf8(bytes, file), bytes, file, overrides, recording);
    List<Path> inputs = new ArrayList<>(List.of(file));
    recording.read().keySet().forEach(key -> inputs.add(Path.of(key)));
    return new ScenarioSource.Loaded(scenario,
        new ScenarioSource(file.toString(), bytes, overrides, recording.read()), inputs);
  }

  /**
   * Loads the file as {@link #load(Path, List, SideFileAccess)} does and names the files read (the
   * scenario, then its side files) without keeping their bytes; the source is null.
   */
  public static ScenarioSource.Loaded loadWithInputs(Path file, List<ValueOverride> overrides,
      SideFileAccess access) throws ScenarioException {
    byte[] bytes = scenarioBytes(file);
    List<Path> inputs = new ArrayList<>(List.of(file));
    Scenario scenario = parse(utf8(bytes, file), bytes, file, overrides,
        SideFiles.listing(SideFiles.disk(file, access), inputs));
    return new ScenarioSource.Loaded(scenario, null, inputs);
  }

  /**
   * Loads a scenario from shipped bytes, with the source's overrides, and every check of
   * {@link #load(Path)}; nothing is read from the disk (a side file that was not shipped is
   * reported as unreadable).
   */
  public static Scenario load(ScenarioSource source) throws ScenarioException {
    Path file = Path.of(source.file());
    return parse(utf8(source.yaml(), file), source.yaml(), file, source.overrides(),
        SideFiles.shipped(source.sideFiles()));
  }

  private static byte[] scenarioBytes(Path file) throws ScenarioException {
    try {
      return TextFiles.bytes(file, TextFiles.SCENARIO_MAX_BYTES);
    } catch (TextFiles.Unreadable e) {
      throw fileProblem(file, e.getMessage());
    }
  }

  private static String utf8(byte[] bytes, Path file) throws ScenarioException {
    try {
      return TextFiles.utf8(bytes);
    } catch (TextFiles.Unreadable e) {
      throw fileProblem(file, e.getMessage());
    }
  }

  /**
   * Validates YAML text as if it were read from {@code file} (which names it in problems and
   * anchors relative side-file paths; it need not exist). Handy for tests.
   */
  public static Scenario parse(String yamlText, Path file) throws ScenarioException {
    byte[] bytes = yamlText.getBytes(StandardCharsets.UTF_8);
    if (bytes.length > TextFiles.SCENARIO_MAX_BYTES) {
      throw fileProblem(file, "the text is " + bytes.length + " bytes; at most "
          + TextFiles.SCENARIO_MAX_BYTES + " bytes (4 MiB) are allowed");
    }
    return parse(yamlText, bytes, file, List.of(),
        SideFiles.disk(file, SideFileAccess.SCENARIO_FOLDER));
  }

  private static Scenario parse(String text, byte[] bytes, Path file,
      List<ValueOverride> overrideList, SideFiles sideFiles) throws ScenarioException {
    Problems problems = new Problems(file.toString());
    OverrideTree overrides = new OverrideTree(overrideList, problems);
    Scenario scenario = null;
    try {
      scenario = new ScenarioLoader(file, problems, overrides, sideFiles).read(text, sha256(bytes));
    } catch (RuntimeException | StackOverflowError e) {
      problems.add(new Where(file.toString(), 1, 1), "(root)",
          "internal error while loading the scenario (please report it): " + e);
    }
    if (!problems.isEmpty()) {
      throw new ScenarioException(overrides.userPaths(problems.sorted()));
    }
    if (scenario == null) {
      throw fileProblem(file, "the scenario could not be read");
    }
    return scenario;
  }

  private static ScenarioException fileProblem(Path file, String message) {
    return new ScenarioException(List.of(new Problem(file.toString(), 1, 1, "(root)", message)));
  }

  /** The YAML text's top-level mapping, or null with the problem reported (unreadable, empty, not a mapping). */
  private Mapping rootMapping(String text) {
    YamlNode root = YamlTree.read(text, file.toString(), problems);
    if (root == null) {
      return null;
    }
    if (root instanceof YamlNode.Scalar s && s.kind() == YamlNode.Kind.NULL) {
      problems.add(root.where(), "(root)", "the file is empty: a scenario is a mapping with at"
          + " least name, horizon_days, products, suppliers and policies");
      return null;
    }
    if (!(root instanceof Mapping mapping)) {
      problems.add(root.where(), "(root)", "the top level must be a mapping of keys (name,"
          + " horizon_days, products, suppliers, policies, ...), got " + YamlNode.describe(root));
      return null;
    }
    return mapping;
  }

  private Scenario read(String text, String sha256) {
    Mapping root = rootMapping(text);
    if (root == null) {
      return null;
    }
    MappingReader m = MappingReader.open(overrides.document(root), "(root)", problems, KEYS);
    String name = m.requiredText("name");
    if (name != null && !NAME.matcher(name).matches()) {
      problems.add(m.get("name").where(), "name",
          "must match [a-z0-9-]+ (lowercase letters, digits, dashes), got " + YamlNode.quote(name));
    }
    String description = m.has("description") ? m.text("description") : "";
    description = description == null ? "" : description.strip();
    // an upper bound keeps per-day series finite: a million days is a typo, not a study
    Double horizon = m.requiredNumber("horizon_days", Check.above(0).and(Check.atMost(MAX_HORIZON_DAYS)));
    double warmup = m.number("warmup_days", 0, Check.atLeast(0));
    if (horizon != null && warmup >= horizon) {
      problems.add(m.get("warmup_days").where(), "warmup_days", "must be < horizon_days ("
          + Check.format(horizon) + "), got " + m.rawText("warmup_days"));
    }
    long replications = m.integer("replications", 30, 1, MAX_REPLICATIONS);
    long seed = m.integer("seed", 1, Long.MIN_VALUE, Long.MAX_VALUE);
    String currency = m.has("currency") ? currency(m.get("currency")) : null;

    List<String> productPaths = new ArrayList<>();
    List<String> skus = new ArrayList<>(); // every sku written, even of a product with problems
    List<Product> products = products(m, productPaths, skus);
    overrides.finish();
    List<Supplier> suppliers = List.of();
    if (!m.has("suppliers")) {
      m.missing("suppliers", "required (at least one supplier)");
    } else {
      suppliers = new SupplierParser(problems, skus).parse(m.get("suppliers"), "suppliers");
    }
    List<String> supplierNames = suppliers.stream().map(Supplier::name).toList();
    List<Location> locations = m.has("locations")
        ? new LocationParser(problems).parse(m.get("locations"), "locations") : null;
    if (locations != null) {
      checkNetworkDemand(m, products, productPaths);
    }
    // invalid locations (reported): disruptions' and at:'s names are not checked against them
    List<Location> named = locations == null && m.has("locations") ? List.of() : locations;
    List<Disruption> disruptions = !m.has("disruptions") ? List.of()
        : new DisruptionParser(problems, skus, supplierNames, named, new DisruptionWindowCheck(
            horizon == null || warmup >= horizon ? Double.NaN : horizon, warmup, suppliers, problems))
            .parse(m.get("disruptions"), "disruptions");
    List<PolicySpec> policies = List.of();
    Network network = null;
    if (!m.has("policies")) {
      m.missing("policies", "required (at least one policy)");
    } else {
      PolicyParser parser = new PolicyParser(problems, products, productPaths, suppliers, named);
      policies = parser.parse(m.get("policies"), "policies");
      network = locations == null ? null : new Network(locations, parser.specsAt());
    }
    Objective objective = m.has("objective") ? objective(m) : Objective.DEFAULT;
    if (!problems.isEmpty()) {
      return null;
    }
    return new Scenario(file, name, description, horizon, warmup,
        (int) replications, seed, List.copyOf(products), List.copyOf(suppliers),
        List.copyOf(disruptions), List.copyOf(policies), objective, currency, sha256, network);
  }

  /**
   * A store takes a share of each product's order process, which a trace (orders per whole day)
   * cannot be split into: traces are refused in a network.
   */
  private void checkNetworkDemand(MappingReader m, List<Product> products, List<String> paths) {
    for (int i = 0; i < products.size(); i++) {
      if (products.get(i).demand().process() == Product.Demand.Process.TRACE) {
        problems.add(m.keyWhere("locations"), paths.get(i) + ".demand.process", "process: trace"
            + " cannot be shared among the stores of locations; use poisson or deterministic");
        return;
      }
    }
  }

  /**
   * {@code currency: EUR} or {@code currency: "$"}: 1 to 8 letters or symbols (and dots, as in
   * "Fr."), no digits or spaces, so that "EUR 12,300" and "$12,300" read as amounts; null on a problem.
   */
  private String currency(YamlNode node) {
    if (!(node instanceof YamlNode.Scalar s) || s.kind() != YamlNode.Kind.STRING) {
      problems.add(node.where(), "currency", "must be a text such as EUR or \"$\", got "
          + YamlNode.describe(node));
      return null;
    }
    String text = s.text();
    int length = text.codePointCount(0, text.length());
    if (length < 1 || length > MAX_CURRENCY_CHARS
        || !text.codePoints().allMatch(ScenarioLoader::currencyChar)) {
      problems.add(node.where(), "currency", "must be 1 to " + MAX_CURRENCY_CHARS + " letters or"
          + " symbols, such as EUR or \"$\" (no digits or spaces), got " + YamlNode.quote(text));
      return null;
    }
    return text;
  }

  private static boolean currencyChar(int c) {
    return switch (Character.getType(c)) {
      case Character.CURRENCY_SYMBOL, Character.MATH_SYMBOL, Character.MODIFIER_SYMBOL,
          Character.OTHER_SYMBOL -> true;
      default -> Character.isLetter(c) || c == '.';
    };
  }

  /** Products from {@code products} and {@code product_catalog}, each over product_defaults. */
  private List<Product> products(MappingReader m, List<String> paths, List<String> skus) {
    TraceReader traces = new TraceReader(file, problems, sideFiles);
    ProductParser parser = new ProductParser(problems, traces);
    ProductDraft defaults = m.has("product_defaults")
        ? parser.draft(m.get("product_defaults"), "product_defaults", true) : new ProductDraft();
    List<ProductDraft> drafts = new ArrayList<>();
    if (m.has("products")) {
      Sequence list = Values.list(m.get("products"), "products", problems);
      for (int i = 0; list != null && i < list.items().size(); i++) {
        drafts.add(parser.draft(list.items().get(i), Values.index("products", i), false));
      }
    }
    if (m.has("product_catalog")) {
      for (CatalogRow row : new CatalogReader(file, problems, sideFiles)
          .read(m.get("product_catalog"), "product_catalog", defaults)) {
        drafts.add(parser.draft(overrides.catalogRow(row), row.path(), false));
      }
    }
    if (!m.has("products") && !m.has("product_catalog")) {
      m.missing("products", "required (at least one product here or in product_catalog)");
    } else if (drafts.isEmpty() && problems.isEmpty()) {
      YamlNode at = m.has("products") ? m.get("products") : m.get("product_catalog");
      problems.add(at.where(), m.has("products") ? "products" : "product_catalog",
          "must list at least one product (here or in product_catalog)");
    }
    return complete(parser, drafts, defaults, paths, skus);
  }

  /** Completes each draft over the defaults; a repeated sku is reported and left out. */
  private List<Product> complete(ProductParser parser, List<ProductDraft> drafts,
      ProductDraft defaults, List<String> paths, List<String> skus) {
    for (ProductDraft draft : drafts) {
      if (draft.sku != null) {
        skus.add(draft.sku);
      }
    }
    // substitutes may name any product, so every sku is known before the first is completed
    Set<String> known = new LinkedHashSet<>(skus);
    List<String> knownInOrder = List.copyOf(known);
    List<Product> products = new ArrayList<>();
    Map<String, String> firstPath = new HashMap<>();
    for (ProductDraft draft : drafts) {
      if (draft.sku != null) {
        String first = firstPath.putIfAbsent(draft.sku, draft.path);
        if (first != null) {
          problems.add(draft.skuWhere, draft.path + ".sku",
              "duplicate sku '" + draft.sku + "' (first in " + first + ")");
          continue;
        }
      }
      Product p = parser.complete(draft, defaults, knownInOrder, known);
      if (p != null) {
        products.add(p);
        paths.add(draft.path);
      }
    }
    return products;
  }

  private Objective objective(MappingReader top) {
    MappingReader m = MappingReader.open(top.get("objective"), "objective", problems,
        List.of("metric", "direction", "constraints", "minimize", "fill_rate_tolerance"));
    if (m == null) {
      return Objective.DEFAULT;
    }
    String key = m.has("metric") ? m.oneOf("metric", "metric", OBJECTIVE_METRICS) : null;
    Metric metric = Metric.byKey(key == null ? Objective.DEFAULT.metric() : key).orElseThrow();
    if (m.has("direction") && m.has("minimize")) {
      problems.add(m.keyWhere("minimize"), m.pathOf("minimize"),
          "give direction (min | max) or the older minimize, not both");
    }
    String direction = m.oneOf("direction", "direction", List.of("min", "max"));
    boolean minimize = direction != null ? direction.equals("min")
        : m.bool("minimize", metric.direction() == Metric.Direction.LOWER_IS_BETTER);
    if (metric.direction() == Metric.Direction.NEITHER && !m.has("direction")
        && !m.has("minimize")) {
      problems.add(m.get("metric").where(), m.pathOf("metric"), "'" + metric.key()
          + "' is neither better high nor low: give direction: min or direction: max");
    }
    double tolerance = m.number("fill_rate_tolerance", Double.NaN, Check.PROBABILITY);
    return new Objective(metric.key(), minimize, constraints(m), tolerance);
  }

  /** {@code constraints: ["fill_rate >= 0.95", ...]}, each located where it is written. */
  private List<Constraint> constraints(MappingReader m) {
    if (!m.has("constraints")) {
      return List.of();
    }
    YamlNode.Sequence list = Values.list(m.get("constraints"), m.pathOf("constraints"), problems);
    List<Constraint> out = new ArrayList<>();
    for (int i = 0; list != null && i < list.items().size(); i++) {
      YamlNode item = list.items().get(i);
      String path = Values.index(m.pathOf("constraints"), i);
      String text = Values.text(item, path, problems);
      if (text == null) {
        continue;
      }
      try {
        out.add(Constraint.parse(text));
      } catch (IllegalArgumentException e) {
        problems.add(item.where(), path, e.getMessage() + ", got " + YamlNode.quote(text));
      }
    }
    return out;
  }


  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }
}
