package backorder.experiment;

import backorder.scenario.ValueOverride;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Every combination of the axes' values, numbered from 0 with the first axis varying slowest; a
 * grid has at most {@link #MAX_POINTS} points so that a typo in a step cannot start a week-long run.
 */
public record SweepGrid(List<SweepAxis> axes) {

  /** The most points a sweep may have. */
  public static final int MAX_POINTS = 10_000;

  public SweepGrid {
    axes = List.copyOf(axes);
    if (axes.isEmpty()) {
      throw new IllegalArgumentException("a sweep needs at least one --vary");
    }
    Set<String> paths = new HashSet<>();
    long size = 1;
    for (SweepAxis a : axes) {
      if (!paths.add(a.path().toString())) {
        throw new IllegalArgumentException(a.path() + " is varied twice: give its values in one --vary");
      }
      size *= a.values().size();
      if (size > MAX_POINTS) {
        throw new IllegalArgumentException("the grid has more than " + MAX_POINTS
            + " points (the product of the --vary value counts); vary fewer values at once");
      }
    }
  }

  public int size() {
    int size = 1;
    for (SweepAxis a : axes) {
      size *= a.values().size();
    }
    return size;
  }

  /** The value of each axis at the point, in axis order. */
  public List<String> values(int point) {
    String[] values = new String[axes.size()];
    int rest = point;
    for (int i = axes.size() - 1; i >= 0; i--) {
      List<String> axis = axes.get(i).values();
      values[i] = axis.get(rest % axis.size());
      rest /= axis.size();
    }
    return List.of(values);
  }

  /** The point's values as scenario overrides. */
  public List<ValueOverride> overrides(int point) {
    List<String> values = values(point);
    List<ValueOverride> out = new ArrayList<>();
    for (int i = 0; i < axes.size(); i++) {
      out.add(new ValueOverride(axes.get(i).path(), values.get(i)));
    }
    return out;
  }

  /** The paths as written, one per axis: the parameter columns of sweep.csv. */
  public List<String> paths() {
    return axes.stream().map(a -> a.path().toString()).toList();
  }
}
