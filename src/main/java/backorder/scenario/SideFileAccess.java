package backorder.scenario;

/**
 * Where a scenario's side files (trace, catalogue) may lie: in the scenario file's folder or below
 * it (the default, checked after following symbolic links), or anywhere ({@code --allow-outside}).
 * Paths into the kernel's virtual file systems and devices are refused either way.
 */
public enum SideFileAccess {
  /** Side files must lie in the scenario's folder or below it. */
  SCENARIO_FOLDER,
  /** Side files may lie anywhere readable (not in /proc, /sys or /dev). */
  ANYWHERE
}
