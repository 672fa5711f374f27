package backorder.scenario;

import java.util.List;

/**
 * One disruption kind as a scenario names it: its {@code type:} name, the keys it accepts beyond
 * the ones every disruption has, and how to read them. A new kind is its record in
 * {@link Disruption}, one entry in {@link DisruptionKinds}, and the model part it acts on.
 *
 * @param keys its own keys, in documentation order
 */
record DisruptionKind(String name, List<String> keys, Parser parser) {

  /**
   * Reads the kind's keys; null when something is wrong (reported). {@code timing} and
   * {@code duration} are read already (null when wrong: the kind still checks its own keys).
   */
  @FunctionalInterface
  interface Parser {
    Disruption parse(MappingReader m, DisruptionReferences refs, Disruption.Timing timing,
        Dist duration, String id);
  }
}
