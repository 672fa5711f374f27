package backorder.experiment;

/** A precision target on a metric some policy never observed in the pilot: no variance to plan from. */
public final class UnmeasurableTargetException extends IllegalArgumentException {
  UnmeasurableTargetException(String message) {
    super(message);
  }
}
