package backorder.cli;

import backorder.scenario.SideFileAccess;
import picocli.CommandLine.Option;

/** {@code --allow-outside}: lets a scenario's trace and catalogue files lie outside its folder. */
final class SideFileOption {

  @Option(names = "--allow-outside", description = "Read trace and catalogue files outside the"
      + " scenario's folder too (by default they must lie in it or below it; never in /proc, /sys"
      + " or /dev).")
  boolean allowOutside;

  /** Where side files may lie. */
  SideFileAccess access() {
    return allowOutside ? SideFileAccess.ANYWHERE : SideFileAccess.SCENARIO_FOLDER;
  }
}
