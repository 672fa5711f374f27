package backorder.scenario;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A scenario file's bytes, the values set in it from outside (a sweep point's), and the bytes of
 * every side file it read, keyed by the path as resolved against the scenario's folder: enough to
 * load the same scenario where those files do not exist (Spark executors), with
 * {@link ScenarioLoader#load(ScenarioSource)}.
 *
 * @param file the scenario's path as given on the driver: it names the file in problems and
 *     anchors the side files' keys
 */
public record ScenarioSource(String file, byte[] yaml, List<ValueOverride> overrides,
    Map<String, byte[]> sideFiles) implements Serializable {

  private static final long serialVersionUID = 1L;

  public ScenarioSource {
    overrides = List.copyOf(overrides);
    sideFiles = Map.copyOf(sideFiles);
  }

  /** Bytes in all, for logging what a run ships. */
  public long size() {
    return yaml.length + sideFiles.values().stream().mapToLong(b -> b.length).sum();
  }

  /**
   * A scenario loaded from the disk, with the source to load it again elsewhere (null when it was
   * not kept) and the files it was read from.
   *
   * @param inputFiles the scenario file, then every side file read (as resolved against its folder):
   *     what a command must not delete while it writes its results
   */
  public record Loaded(Scenario scenario, ScenarioSource source, List<Path> inputFiles) {

    public Loaded {
      inputFiles = List.copyOf(inputFiles);
    }
  }
}
