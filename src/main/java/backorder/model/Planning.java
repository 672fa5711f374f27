package backorder.model;

import backorder.policy.PlanningInputs;
import backorder.scenario.Product;
import backorder.scenario.Scenario;
import backorder.scenario.Supplier;
import java.util.List;

/** Derives what a planner knows before the run from the scenario's parameters. */
public final class Planning {

  private Planning() {}

  public static PlanningInputs inputs(Scenario scenario) {
    List<Product> products = scenario.products();
    List<Supplier> suppliers = scenario.suppliers();
    int n = products.size();
    int m = suppliers.size();
    double[] rate = new double[n];
    double[] sizeMean = new double[n];
    double[] sizeSecond = new double[n];
    boolean[] poisson = new boolean[n];
    for (int p = 0; p < n; p++) {
      Product.Demand d = products.get(p).demand();
      rate[p] = d.meanOrdersPerDay();
      sizeMean[p] = d.orderSize().mean();
      sizeSecond[p] = d.orderSize().secondMoment();
      poisson[p] = d.process() != Product.Demand.Process.DETERMINISTIC;
    }
    double[] lead = new double[m];
    double[] leadVar = new double[m];
    boolean[][] supplies = new boolean[m][n];
    for (int s = 0; s < m; s++) {
      Supplier sup = suppliers.get(s);
      lead[s] = sup.meanLeadTime();
      leadVar[s] = sup.leadTimeVariance();
      for (int p = 0; p < n; p++) {
        supplies[s][p] = sup.supplies(products.get(p).sku());
      }
    }
    List<String> names = suppliers.stream().map(Supplier::name).toList();
    return new PlanningInputs(rate, sizeMean, sizeSecond, poisson, names, lead, leadVar, supplies);
  }
}
