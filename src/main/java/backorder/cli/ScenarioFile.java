package backorder.cli;

import backorder.scenario.Scenario;
import backorder.scenario.ScenarioException;
import backorder.scenario.ScenarioLoader;
import backorder.scenario.ScenarioSource;
import backorder.scenario.SideFileAccess;
import backorder.scenario.ValueOverride;
import java.nio.file.Path;
import java.util.List;

/** A scenario file named on the command line, loaded with the side-file access its command allows. */
record ScenarioFile(Path path, SideFileAccess access) {

  /** The scenario as written. */
  Scenario load() throws ScenarioException {
    return load(List.of());
  }

  /** The scenario as written, and the files it was read from (no source kept). */
  ScenarioSource.Loaded loadWithInputs() throws ScenarioException {
    return loadWithInputs(List.of());
  }

  /** The scenario with the overrides' values set in it, and the files it was read from. */
  ScenarioSource.Loaded loadWithInputs(List<ValueOverride> overrides) throws ScenarioException {
    return ScenarioLoader.loadWithInputs(path, overrides, access);
  }

  /** The scenario with the overrides' values set in it. */
  Scenario load(List<ValueOverride> overrides) throws ScenarioException {
    return ScenarioLoader.load(path, overrides, access);
  }

  /** The scenario with the overrides, and the bytes to rebuild it elsewhere (Spark executors). */
  ScenarioSource.Loaded loadWithSource(List<ValueOverride> overrides) throws ScenarioException {
    return ScenarioLoader.loadWithSource(path, overrides, access);
  }
}
