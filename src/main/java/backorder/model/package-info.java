/** The inventory world of one replication: products, backorder queues, demand, customers, suppliers, purchase orders, disruptions and per-replication metrics. */
package backorder.model;
