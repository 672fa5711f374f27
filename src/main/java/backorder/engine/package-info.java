/** The generic discrete-event kernel: an event calendar ordered by (time, priority, sequence) and its run loop. */
package backorder.engine;
