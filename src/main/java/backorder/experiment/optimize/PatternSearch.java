package backorder.experiment.optimize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The search stage: every lattice point when the box has no more points than the budget;
 * otherwise a grid of cell centres (about half the budget) followed by a compass search from its
 * best point: poll each parameter one step up and down, move to the best of the polled points
 * when it beats the current one, else halve the steps, until the steps are below one lattice
 * unit or the budget is spent. All points are estimated on the same seed, so the search
 * optimizes one sample-path function (common random numbers) and never evaluates a point twice.
 */
final class PatternSearch {

  /** Evaluates a batch of new points, numbered in order after the ones before. */
  @FunctionalInterface
  interface Batch {
    List<Evaluation> evaluate(List<int[]> points, int firstNumber) throws InterruptedException;
  }

  /** How the search went: the evaluations in order and the method used. */
  record Outcome(List<Evaluation> evaluations, String method) {}

  static final String EXHAUSTIVE = "exhaustive";
  static final String COMPASS = "grid + compass search";

  private final SearchSpace space;
  private final Comparator<Evaluation> order;
  private final int budget;
  private final Batch batch;
  private final Map<List<Integer>, Evaluation> seen = new LinkedHashMap<>();

  private PatternSearch(SearchSpace space, Goal goal, int budget, Batch batch) {
    this.space = space;
    this.order = Evaluation.order(goal);
    this.budget = budget;
    this.batch = batch;
  }

  static Outcome run(SearchSpace space, Goal goal, int budget, Batch batch) throws InterruptedException {
    return new PatternSearch(space, goal, budget, batch).search();
  }

  private Outcome search() throws InterruptedException {
    if (space.size() <= budget) {
      evaluate(space.allPoints());
      return new Outcome(List.copyOf(seen.values()), EXHAUSTIVE);
    }
    int d = space.params().size();
    int perAxis = Math.max(1, (int) Math.floor(Math.pow(budget / 2.0, 1.0 / d) + 1e-9));
    int[] cells = new int[d];
    int[] steps = new int[d];
    for (int i = 0; i < d; i++) {
      int count = space.params().get(i).count();
      cells[i] = Math.min(perAxis, count);
      steps[i] = Math.max(1, (count - 1) / (2 * cells[i]));
    }
    evaluate(design(cells));
    Evaluation current = best(seen.values());
    while (seen.size() < budget && Arrays.stream(steps).anyMatch(s -> s > 0)) {
      List<int[]> poll = neighbours(current.point(), steps);
      evaluate(poll.stream().filter(p -> !seen.containsKey(key(p))).toList());
      List<Evaluation> candidates = new ArrayList<>(List.of(current));
      poll.stream().map(p -> seen.get(key(p))).filter(e -> e != null).forEach(candidates::add);
      Evaluation best = best(candidates);
      if (best != current) {
        current = best;
      } else {
        for (int i = 0; i < d; i++) {
          steps[i] /= 2;
        }
      }
    }
    return new Outcome(List.copyOf(seen.values()), COMPASS);
  }

  /** The centres of {@code cells[i]} equal cells along each axis, every combination. */
  private List<int[]> design(int[] cells) {
    List<int[]> points = new ArrayList<>();
    int d = cells.length;
    long total = 1;
    for (int c : cells) {
      total *= c;
    }
    for (long n = 0; n < total; n++) {
      int[] point = new int[d];
      long rest = n;
      for (int i = d - 1; i >= 0; i--) {
        int j = (int) (rest % cells[i]);
        rest /= cells[i];
        int last = space.params().get(i).count() - 1;
        point[i] = (int) Math.round(last * (2.0 * j + 1) / (2.0 * cells[i]));
      }
      points.add(point);
    }
    return points;
  }

  /** One step up and down along each axis that still moves, inside the box. */
  private List<int[]> neighbours(int[] at, int[] steps) {
    List<int[]> out = new ArrayList<>();
    for (int i = 0; i < at.length; i++) {
      if (steps[i] == 0) {
        continue;
      }
      int last = space.params().get(i).count() - 1;
      for (int sign : new int[] {-1, 1}) {
        int v = Math.max(0, Math.min(last, at[i] + sign * steps[i]));
        if (v != at[i]) {
          int[] p = at.clone();
          p[i] = v;
          out.add(p);
        }
      }
    }
    return out;
  }

  /** Evaluates the points not seen yet, in order, as far as the budget allows. */
  private void evaluate(List<int[]> points) throws InterruptedException {
    List<int[]> fresh = new ArrayList<>();
    for (int[] p : points) {
      if (seen.size() + fresh.size() >= budget) {
        break;
      }
      if (!seen.containsKey(key(p)) && fresh.stream().noneMatch(q -> Arrays.equals(p, q))) {
        fresh.add(p);
      }
    }
    for (Evaluation e : batch.evaluate(fresh, seen.size() + 1)) {
      seen.put(key(e.point()), e);
    }
  }

  private Evaluation best(java.util.Collection<Evaluation> evaluations) {
    return evaluations.stream().min(order).orElseThrow();
  }

  private static List<Integer> key(int[] point) {
    return Arrays.stream(point).boxed().toList();
  }
}
