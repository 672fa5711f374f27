/** Named random streams per replication from one root seed, and counter-based draws for common random numbers. */
package backorder.random;
