package backorder.spark;

import backorder.model.DisruptionWindow;
import backorder.model.LocationReplication;
import backorder.model.ReplicationResult;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * One replication's numbers as an executor ships them to the driver: the fields of a
 * {@link ReplicationResult} in Java-serialisable, flat arrays, turned back into an equal result
 * (every double and float bit for bit) for the driver's fold.
 */
final class ReplicationPart implements Serializable {

  private static final long serialVersionUID = 1L;

  private final int replication;
  private final double[] totals;
  private final int metrics;
  /** per-product values, [product × metrics + metric] */
  private final double[] perProduct;
  private final float[][] daily;
  private final long[] waitHistogram;
  private final Window[] disruptions;
  private final long events;
  /** per location of a network: its metric values and daily series (empty arrays without one) */
  private final double[][] locationTotals;
  private final float[][][] locationDaily;

  /** A {@link DisruptionWindow}'s fields. */
  private record Window(int index, String id, String type, String label, double start,
      double end, boolean recurring) implements Serializable {}

  private ReplicationPart(ReplicationResult r) {
    replication = r.replication();
    totals = r.totals();
    metrics = r.totals().length;
    perProduct = new double[r.perProduct().length * metrics];
    for (int p = 0; p < r.perProduct().length; p++) {
      System.arraycopy(r.perProduct()[p], 0, perProduct, p * metrics, metrics);
    }
    daily = r.daily();
    waitHistogram = r.waitHistogram();
    disruptions = r.disruptions().stream()
        .map(w -> new Window(w.index(), w.id(), w.type(), w.label(), w.start(), w.end(), w.recurring()))
        .toArray(Window[]::new);
    events = r.events();
    locationTotals = r.locations().stream().map(LocationReplication::totals).toArray(double[][]::new);
    locationDaily = r.locations().stream().map(LocationReplication::daily).toArray(float[][][]::new);
  }

  static ReplicationPart of(ReplicationResult r) {
    return new ReplicationPart(r);
  }

  ReplicationResult toResult() {
    double[][] products = new double[perProduct.length / metrics][];
    for (int p = 0; p < products.length; p++) {
      products[p] = Arrays.copyOfRange(perProduct, p * metrics, (p + 1) * metrics);
    }
    List<DisruptionWindow> windows = Arrays.stream(disruptions)
        .map(w -> new DisruptionWindow(w.index(), w.id(), w.type(), w.label(), w.start(), w.end(),
            w.recurring()))
        .toList();
    List<LocationReplication> locations = new java.util.ArrayList<>();
    for (int l = 0; l < locationTotals.length; l++) {
      locations.add(new LocationReplication(locationTotals[l], locationDaily[l]));
    }
    return new ReplicationResult(replication, totals, products, daily, waitHistogram, windows,
        events, List.copyOf(locations));
  }

  /** Bytes the values take (arrays only): what a replication costs in transit and on the driver. */
  static long valueBytes(int products, int metrics, int series, int days, int waitBins) {
    return 8L * metrics * (products + 1) + 4L * series * days + 8L * waitBins;
  }
}
