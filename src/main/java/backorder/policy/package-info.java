/**
 * Inventory policies: one decision method over a read-only view, the three policy families and
 * forecasting. Each type's settings record builds its policy; the scenario package registers the
 * type names and their keys ({@code backorder.scenario.PolicyTypes}).
 */
package backorder.policy;
