package backorder.cli;

import backorder.scenario.Problem;

/**
 * Bad input the user can fix (arguments that do not fit the scenario): exit status 2. The message
 * quotes arguments as given, so it is kept to one printable line of bounded length.
 */
final class InvalidInputException extends RuntimeException {

  /** Characters of a message kept at most: its start, and its end, which says what is wrong. */
  static final int MAX_MESSAGE_CHARS = 1_000;

  InvalidInputException(String message) {
    super(oneLine(message));
  }

  /** A message that quotes arguments, as one printable line of bounded length. */
  static String oneLine(String message) {
    return bounded(Problem.printable(message));
  }

  /** The message, or its first and last characters around a note of how many were cut. */
  private static String bounded(String message) {
    if (message.length() <= MAX_MESSAGE_CHARS) {
      return message;
    }
    int head = MAX_MESSAGE_CHARS / 2;
    int tail = MAX_MESSAGE_CHARS / 4;
    return message.substring(0, head) + " ... (" + (message.length() - head - tail)
        + " characters cut) ... " + message.substring(message.length() - tail);
  }
}
