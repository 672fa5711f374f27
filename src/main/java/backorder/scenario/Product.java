package backorder.scenario;

import java.util.List;

/** A product (SKU) with its costs, starting stock, demand and customer behaviour. */
public record Product(
    String sku,
    double price,
    double holdingCostPerUnitDay,
    double backorderCostPerUnitDay,
    long initialOnHand,
    OutOfStock whenOutOfStock,
    Demand demand,
    Customers customers) {

  /** What happens to an order that stock on hand cannot fill. */
  public enum OutOfStock {
    BACKORDER, BACKORDER_IF_INBOUND, LOST_SALE
  }

  /**
   * The customer order process.
   *
   * @param weeklyPattern seven multipliers Monday..Sunday (all 1 when absent)
   * @param traceOrdersPerDay for {@code process: trace}: orders on each whole day (index = day)
   * @param orderSize units per order
   */
  public record Demand(
      Process process,
      double ratePerDay,
      double[] weeklyPattern,
      int[] traceOrdersPerDay,
      Dist orderSize) {

    public enum Process {
      POISSON, DETERMINISTIC, TRACE
    }

    /** Mean customer orders per day over a week (trace: over the trace). */
    public double meanOrdersPerDay() {
      if (process == Process.TRACE) {
        long n = 0;
        for (int c : traceOrdersPerDay) {
          n += c;
        }
        return traceOrdersPerDay.length == 0 ? 0 : (double) n / traceOrdersPerDay.length;
      }
      double s = 0;
      for (double w : weeklyPattern) {
        s += w;
      }
      return ratePerDay * s / weeklyPattern.length;
    }

  }

  /**
   * How customers react to a backorder.
   *
   * @param patienceDays null = never cancel
   * @param complaintAfterDays infinity = no complaints counted
   * @param base finite customer base; 0 = unlimited
   * @param substitutes similar products offered, in this order, before a backorder (SPEC §9)
   */
  public record Customers(
      double acceptBackorderProbability,
      Dist patienceDays,
      double notifiedPatienceFactor,
      double lostAfterCancelProbability,
      double lostAfterStockoutProbability,
      double complaintAfterDays,
      double lifetimeValue,
      long base,
      double backorderBoost,
      List<Substitute> substitutes) {

    public static final Customers DEFAULT =
        new Customers(1.0, null, 1.0, 0, 0, Double.POSITIVE_INFINITY, 0, 0, 0, List.of());

    public Customers {
      substitutes = List.copyOf(substitutes);
    }
  }

  /** A similar product offered instead, and the chance that a customer offered it takes it. */
  public record Substitute(String sku, double acceptProbability) {}
}
