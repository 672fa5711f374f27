package backorder.scenario;

/**
 * One scenario value set from outside the file (a sweep point): the value's text is read like a
 * YAML value (a number, a word, or a flow list or mapping) and replaces or adds the addressed key
 * before the scenario is validated, so it passes exactly the checks a value in the file would.
 * Problems with it are reported at line 0 of file {@code ""} (not a place in any file). A null
 * value makes a probe: the path is checked (entry, keys) and nothing is set.
 */
public record ValueOverride(ScenarioPath path, String value) implements java.io.Serializable {

  private static final long serialVersionUID = 1L;
}
