package backorder.policy;

/** How much stock to hold beyond expected lead-time demand. */
public record SafetyStock(Kind kind, double value) {

  public enum Kind {
    /** a fixed number of units */
    UNITS,
    /** days of mean demand */
    DAYS_OF_COVER,
    /** cycle service level: z(value) times the standard deviation of lead-time demand */
    SERVICE_LEVEL
  }
}
