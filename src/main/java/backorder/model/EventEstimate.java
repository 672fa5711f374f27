package backorder.model;

import backorder.policy.DerivedLevels;
import backorder.policy.PlanningInputs;
import backorder.policy.Policy;
import backorder.policy.PolicySettings;
import backorder.policy.PolicySpec;
import backorder.scenario.Disruption;
import backorder.scenario.Product;
import backorder.scenario.Scenario;
import backorder.scenario.Supplier;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The events one replication of a policy is expected to fire, estimated from the scenario before
 * anything runs: customer arrivals (rate x weekly pattern x scarcity boost, plus the extra of every
 * demand spike, recurring ones by their expected count, ones that may overlap multiplied), purchase
 * orders (units demanded over the policy's lot, at most one per review), and the end-of-day and
 * review events. Cancellations and delay announcements are left out (few next to the arrivals).
 * The engine's own counts on the shipped scenarios and benchmarks lie within a small factor of it
 * (EventEstimateTest states the range), which is all a check against runs of hours needs.
 */
public final class EventEstimate {

  private static final double LN2 = Math.log(2);

  private EventEstimate() {}

  /** Expected events of one replication of {@code spec} in {@code scenario}. */
  public static double perReplication(Scenario scenario, PolicySpec spec, PlanningInputs inputs) {
    double horizon = scenario.horizonDays();
    double events = Math.max(0, Math.ceil(horizon) - 1); // one end of day per day but the last
    double reviews = spec.reviewPeriodDays() > 0 ? Math.ceil(horizon / spec.reviewPeriodDays()) : 0;
    events += reviews;
    Policy policy = spec.newPolicy(inputs);
    List<Product> products = scenario.products();
    for (int p = 0; p < products.size(); p++) {
      Product product = products.get(p);
      double orders = customerOrders(product, scenario.disruptions(), horizon);
      double units = orders * product.demand().orderSize().mean();
      double purchaseOrders = units / lot(spec, policy.derived(p), scenario, inputs, p);
      if (reviews > 0) {
        purchaseOrders = Math.min(purchaseOrders, reviews);
      }
      events += orders + purchaseOrders * suppliersPerOrder(spec.settings());
    }
    return events;
  }

  /** Customer orders a day the scenario's products expect in all, over the horizon (the calendar's density hint). */
  static double customerOrdersPerDay(Scenario scenario) {
    double orders = 0;
    for (Product product : scenario.products()) {
      orders += customerOrders(product, scenario.disruptions(), scenario.horizonDays());
    }
    return orders / scenario.horizonDays();
  }

  /** Expected customer arrivals of a product over the horizon (Poisson candidates included). */
  static double customerOrders(Product product, List<Disruption> disruptions, double horizon) {
    Product.Demand demand = product.demand();
    if (demand.process() == Product.Demand.Process.TRACE) {
      int[] trace = demand.traceOrdersPerDay();
      double sum = 0;
      for (int d = 0; d < trace.length && d < horizon; d++) {
        sum += trace[d];
      }
      return sum;
    }
    double perDay = demand.meanOrdersPerDay() * (1 + product.customers().backorderBoost());
    List<Disruption.DemandSpike> fixed = new ArrayList<>();
    List<Disruption.DemandSpike> recurring = new ArrayList<>();
    for (Disruption d : disruptions) {
      if (d instanceof Disruption.DemandSpike spike && spike.affects(product.sku(), List.of())) {
        (spike.timing().isRecurring() ? recurring : fixed).add(spike);
      }
    }
    if (overlap(fixed, horizon) || !recurring.isEmpty() && fixed.size() + recurring.size() > 1) {
      // spikes that may act at once multiply: a recurring one acts, on average, by the fraction of
      // the time it is in force, independently of the others
      double factor = 1;
      for (Disruption.DemandSpike spike : recurring) {
        factor *= 1 + spikeExtraDays(spike, horizon) / horizon;
      }
      return perDay * factor * (horizon + overlappingExtraDays(fixed, horizon));
    }
    double extraDays = 0;
    for (Disruption d : disruptions) {
      if (d instanceof Disruption.DemandSpike spike && spike.affects(product.sku(), List.of())) {
        extraDays += spikeExtraDays(spike, horizon);
      }
    }
    return perDay * (horizon + extraDays);
  }

  /** Whether two of the spikes act at once (each over its mean duration) within the horizon. */
  private static boolean overlap(List<Disruption.DemandSpike> spikes, double horizon) {
    for (int i = 0; i < spikes.size(); i++) {
      for (int j = i + 1; j < spikes.size(); j++) {
        double start = Math.max(spikes.get(i).timing().startDay(), spikes.get(j).timing().startDay());
        if (start < Math.min(horizon, Math.min(end(spikes.get(i)), end(spikes.get(j))))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Days of base demand fixed-start spikes that overlap add: where several act at once their
   * multipliers multiply (three x1000 spikes on the same days make a billion times the rate), so
   * the sum of each one's extra would leave a run of days looking like one of seconds. Between
   * consecutive starts and ends, each spike counts with its mean over the stretch.
   */
  private static double overlappingExtraDays(List<Disruption.DemandSpike> spikes, double horizon) {
    TreeSet<Double> cuts = new TreeSet<>();
    for (Disruption.DemandSpike s : spikes) {
      cuts.add(Math.min(horizon, s.timing().startDay()));
      cuts.add(Math.min(horizon, end(s)));
    }
    double extra = 0;
    if (cuts.isEmpty()) {
      return 0;
    }
    Double a = cuts.first();
    for (Double b = cuts.higher(a); b != null; a = b, b = cuts.higher(b)) {
      double factor = 1;
      for (Disruption.DemandSpike s : spikes) {
        if (s.timing().startDay() <= a && end(s) >= b) {
          factor *= meanValue(s, a, b);
        }
      }
      extra += (factor - 1) * (b - a);
    }
    return extra;
  }

  /** A fixed spike's end over its mean duration. */
  private static double end(Disruption.DemandSpike spike) {
    return spike.timing().startDay() + spike.durationDays().mean();
  }

  /** The mean of a spike's multiplier over [a, b), which it covers. */
  private static double meanValue(Disruption.DemandSpike spike, double a, double b) {
    double h = spike.halfLifeDays();
    if (Double.isNaN(h)) {
      return spike.multiplier();
    }
    double start = spike.timing().startDay();
    double decayed = h / LN2 * (Math.pow(2, -(a - start) / h) - Math.pow(2, -(b - start) / h));
    return 1 + (spike.multiplier() - 1) * decayed / (b - a);
  }

  /** Days of base demand a spike adds over the horizon: (multiplier - 1) x its effective length. */
  private static double spikeExtraDays(Disruption.DemandSpike spike, double horizon) {
    double duration = spike.durationDays().mean();
    double occurrences;
    double length;
    if (spike.timing().isRecurring()) {
      occurrences = horizon / (spike.timing().meanDaysBetween() + duration);
      length = Math.min(duration, horizon);
    } else {
      occurrences = 1;
      length = Math.max(0, Math.min(duration, horizon - spike.timing().startDay()));
    }
    double h = spike.halfLifeDays();
    double effective = Double.isNaN(h) ? length : h / LN2 * (1 - Math.pow(2, -length / h));
    return occurrences * (spike.multiplier() - 1) * effective;
  }

  /** Units per purchase order: the batch, the gap between the levels, or the plan's cover. */
  private static double lot(PolicySpec spec, DerivedLevels levels, Scenario scenario,
      PlanningInputs inputs, int p) {
    double lot;
    if (levels.orderQuantity() > 0) {
      lot = levels.orderQuantity();
    } else if (levels.orderUpTo() - levels.reorderPoint() > 0) {
      lot = levels.orderUpTo() - levels.reorderPoint();
    } else if (spec.settings() instanceof PolicySettings.PurchasingPlan plan) {
      lot = plan.orderCoverDays() * inputs.meanOrdersPerDay()[p] * inputs.orderSizeMean()[p];
    } else {
      lot = 1;
    }
    int s = scenario.supplierIndex(spec.settings().suppliers().get(0));
    Supplier supplier = s < 0 ? null : scenario.suppliers().get(s);
    return Math.max(Math.max(1, lot), supplier == null ? 0 : supplier.minOrderUnits());
  }

  /** Purchase orders placed per reorder decision: every supplier of a split, else one. */
  private static int suppliersPerOrder(PolicySettings settings) {
    if (settings instanceof PolicySettings.MultiSupplier m
        && m.mode() == PolicySettings.MultiSupplier.Mode.SPLIT) {
      return (int) m.split().values().stream().filter(share -> share > 0).count();
    }
    return 1;
  }
}
