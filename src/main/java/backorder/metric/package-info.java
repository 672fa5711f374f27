/**
 * The metric catalogue (SPEC §4): each metric's key, label, unit, kind and direction, and the
 * objective that ranks policies by one of them. It depends on nothing, so the scenario loader, the
 * model, the writers and the report all read the same entries.
 */
package backorder.metric;
