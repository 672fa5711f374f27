/** Scenario files: YAML (and its CSV side files) read once into validated, immutable records. */
package backorder.scenario;
