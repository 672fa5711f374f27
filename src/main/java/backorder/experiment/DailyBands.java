package backorder.experiment;

/**
 * A daily series across replications: mean and the 10th, 50th and 90th percentiles per day, each
 * indexed [series][day] by {@link backorder.model.DailySeries} ordinal.
 */
public record DailyBands(double[][] mean, double[][] p10, double[][] p50, double[][] p90) {}
