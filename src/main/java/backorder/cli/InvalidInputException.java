package backorder.cli;

/** Bad input the user can fix (arguments that do not fit the scenario): exit status 2. */
final class InvalidInputException extends RuntimeException {
  InvalidInputException(String message) {
    super(message);
  }
}
