package backorder.scenario;

import backorder.policy.PolicySettings;
import java.util.List;

/**
 * One policy type as a scenario names it: its {@code type:} name, the keys it accepts beyond the
 * ones every policy has, and how to read them into its settings (which build the policy). A new
 * type is one implementation of this plus one line in {@link PolicyTypes}.
 */
interface PolicyType {

  /** The value of {@code type:}. */
  String name();

  /** Its own keys, in documentation order. */
  List<String> keys();

  /** Reads the type's keys from an open policy mapping; null when something is wrong (reported). */
  PolicySettings parse(MappingReader policy, PolicyReferences references);
}
