package backorder.scenario;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/** Immutable sets that keep the order they were written in (unlike {@link Set#copyOf}). */
final class Sets {

  private Sets() {}

  /** An unmodifiable copy in iteration order, so iterating a scenario is reproducible. */
  static <T> Set<T> copyOf(Collection<T> items) {
    return Collections.unmodifiableSet(new LinkedHashSet<>(items));
  }
}
