package backorder.experiment.optimize;

import backorder.scenario.ValueOverride;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The box the optimizer searches: one {@link SearchParam} per {@code --param}. A point is an array
 * of lattice indices, one per parameter in argument order.
 */
public record SearchSpace(List<SearchParam> params) {

  public SearchSpace {
    params = List.copyOf(params);
    if (params.isEmpty()) {
      throw new IllegalArgumentException("an optimization needs at least one --param");
    }
    Set<String> paths = new HashSet<>();
    for (SearchParam p : params) {
      if (!paths.add(p.path().toString())) {
        throw new IllegalArgumentException(p.path() + " is given twice: give one range per path");
      }
    }
  }

  /** The number of lattice points in the box, at most {@link Long#MAX_VALUE}. */
  public long size() {
    long size = 1;
    for (SearchParam p : params) {
      size = size > Long.MAX_VALUE / p.count() ? Long.MAX_VALUE : size * p.count();
    }
    return size;
  }

  /** Every lattice point, the first parameter varying slowest (only for a box of at most a few thousand). */
  public List<int[]> allPoints() {
    if (size() > 1_000_000) {
      throw new IllegalStateException("too many points to list: " + size());
    }
    List<int[]> points = new ArrayList<>();
    int[] point = new int[params.size()];
    for (long i = 0; i < size(); i++) {
      long rest = i;
      for (int d = params.size() - 1; d >= 0; d--) {
        point[d] = (int) (rest % params.get(d).count());
        rest /= params.get(d).count();
      }
      points.add(point.clone());
    }
    return points;
  }

  /** The point's values as text, in parameter order. */
  public List<String> values(int[] point) {
    List<String> out = new ArrayList<>();
    for (int d = 0; d < params.size(); d++) {
      out.add(params.get(d).text(point[d]));
    }
    return out;
  }

  /** The point's values as scenario overrides. */
  public List<ValueOverride> overrides(int[] point) {
    List<ValueOverride> out = new ArrayList<>();
    for (int d = 0; d < params.size(); d++) {
      out.add(new ValueOverride(params.get(d).path(), params.get(d).text(point[d])));
    }
    return out;
  }

  /** The paths as written, one per parameter: the parameter columns of trace.csv. */
  public List<String> paths() {
    return params.stream().map(p -> p.path().toString()).toList();
  }
}
