/** Inventory policies: one decision method over a read-only view, the three policy families, forecasting, and the registry by type name. */
package backorder.policy;
