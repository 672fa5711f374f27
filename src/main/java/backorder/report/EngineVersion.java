package backorder.report;

/** The engine's version, from the jar manifest (the Maven version), for run manifests. */
final class EngineVersion {

  private EngineVersion() {}

  static String get() {
    String v = EngineVersion.class.getPackage().getImplementationVersion();
    return v != null ? v : "0.1.0-dev";
  }
}
