package backorder.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backorder.metric.Metric;
import backorder.model.Planning;
import backorder.model.ReplicationResult;
import backorder.policy.OrderQuantity;
import backorder.policy.PolicySettings;
import backorder.policy.PolicySpec;
import backorder.policy.ReorderRule;
import backorder.scenario.Dist;
import backorder.scenario.Product;
import backorder.scenario.Scenario;
import backorder.scenario.Supplier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.junit.jupiter.api.Test;

/** Common random numbers: comparing two policies on the same draws cuts the noise of the difference. */
class CommonRandomNumbersTest {

  private static Scenario scenario(long seed) {
    Product lamp = new Product("LAMP", 30, 0.05, 0.5, 40, Product.OutOfStock.BACKORDER,
        new Product.Demand(Product.Demand.Process.POISSON, 6, new double[] {1, 1, 1, 1, 1.2, 1.4, 1.3},
            new int[0], Dist.constant(1)),
        new Product.Customers(1, new Dist(Dist.Kind.EXPONENTIAL, 7, 0, 0, null, null), 1, 0.3, 0, 5, 80, 0, 0,
            List.of()));
    Supplier factory = new Supplier("factory", null, 10, 40,
        new Dist(Dist.Kind.GAMMA, 6, 2, 0, null, null), null, null, Double.POSITIVE_INFINITY, 0);
    return Scenario.builder(Path.of("crn.yaml"), "crn").horizonDays(200).warmupDays(20)
        .replications(40).seed(seed).products(List.of(lamp)).suppliers(List.of(factory))
        .policies(List.of(policy("s30", 30), policy("s36", 36))).sha256("0").build();
  }

  private static PolicySpec policy(String name, double reorderPoint) {
    return new PolicySpec(name, "reorder_point", 0, false, true, new PolicySettings.ReorderPoint("factory",
        new ReorderRule(reorderPoint, null, new OrderQuantity(OrderQuantity.Kind.FIXED, 40))));
  }

  private static double metric(Scenario s, int policy, int replication, Metric m) {
    ReplicationResult r = Experiment.replicate(s, s.policies().get(policy), Planning.inputs(s), replication);
    return r.totals()[m.ordinal()];
  }

  @Test
  void commonRandomNumbers_shrinkVarianceOfPolicyDifference() {
    Scenario shared = scenario(11);
    Scenario other = scenario(12345);
    SummaryStatistics crn = new SummaryStatistics();
    SummaryStatistics independent = new SummaryStatistics();
    for (int r = 0; r < 40; r++) {
      double a = metric(shared, 0, r, Metric.BACKORDERS);
      crn.addValue(metric(shared, 1, r, Metric.BACKORDERS) - a);
      independent.addValue(metric(other, 1, r, Metric.BACKORDERS) - a);
    }
    assertTrue(crn.getVariance() * 4 < independent.getVariance(),
        "var with CRN " + crn.getVariance() + " vs independent " + independent.getVariance());
  }

  @Test
  void sameReplication_sameDemandUnderEveryPolicy() {
    Scenario s = scenario(5);
    for (int r = 0; r < 5; r++) {
      assertEquals(metric(s, 0, r, Metric.ORDERS), metric(s, 1, r, Metric.ORDERS));
    }
  }

  /**
   * SPEC §2: every policy sees the same draws, so a policy's numbers depend on its own settings
   * only: run alone, listed in reverse or beside an added policy, each replication's totals, the
   * daily bands and the wait histogram are those of the full run.
   */
  @Test
  void policyNumbers_doNotDependOnTheOtherPoliciesOrTheirOrder() throws InterruptedException {
    Scenario s = scenario(5);
    Map<String, String> full = fingerprints(s, List.of());
    assertEquals(Map.of("s30", full.get("s30")), fingerprints(s, List.of("s30")));
    assertEquals(Map.of("s36", full.get("s36")), fingerprints(s, List.of("s36")));
    List<PolicySpec> reversed = new ArrayList<>(s.policies());
    Collections.reverse(reversed);
    assertEquals(full, fingerprints(s.toBuilder().policies(reversed).build(), List.of()));
    List<PolicySpec> added = List.of(s.policies().get(0), policy("s50", 50), s.policies().get(1));
    Map<String, String> withAdded = fingerprints(s.toBuilder().policies(added).build(), List.of());
    withAdded.remove("s50");
    assertEquals(full, withAdded);
  }

  /** Per policy run, its replication rows, daily bands and wait histogram as text. */
  private static Map<String, String> fingerprints(Scenario s, List<String> policies)
      throws InterruptedException {
    ExperimentResult result = Experiment.run(RunPlan.of(s, 12, null, 2, policies), done -> {});
    Map<String, String> byName = new LinkedHashMap<>();
    for (PolicyResult p : result.policies()) {
      DailyBands d = p.daily();
      byName.put(p.name(), Arrays.deepToString(p.replicationTotals()) + Arrays.deepToString(d.mean())
          + Arrays.deepToString(d.p10()) + Arrays.deepToString(d.p50()) + Arrays.deepToString(d.p90())
          + Arrays.toString(p.meanWaitHistogram()));
    }
    return byName;
  }

  @Test
  void replicationRerunAlone_givesSameNumbers() {
    Scenario s = scenario(5);
    ReplicationResult once = Experiment.replicate(s, s.policies().get(1), Planning.inputs(s), 17);
    ReplicationResult again = Experiment.replicate(s, s.policies().get(1), Planning.inputs(s), 17);
    assertEquals(java.util.Arrays.toString(once.totals()), java.util.Arrays.toString(again.totals()));
  }

  @Test
  void smallReplicationsRunSeveralToATask_inOrder_withTheirOwnNumbers() throws Exception {
    RunPlan plan = RunPlan.of(scenario(9), 400, null, 3, List.of());
    Scenario s = plan.scenario();
    try (LocalReplicator replicator = new LocalReplicator(plan)) {
      Replicator.Results results = replicator.results(3, 403);
      for (int policy = 0; policy < 2; policy++) {
        for (int r = 3; r < 403; r++) {
          ReplicationResult got = results.next();
          assertEquals(r, got.replication());
          if (r % 37 == 0) {
            ReplicationResult alone = Experiment.replicate(s, s.policies().get(policy), Planning.inputs(s), r);
            assertEquals(java.util.Arrays.toString(alone.totals()), java.util.Arrays.toString(got.totals()));
          }
        }
      }
    }
  }
}
