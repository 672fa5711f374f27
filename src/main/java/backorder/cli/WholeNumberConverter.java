package backorder.cli;

import java.util.function.Function;
import java.util.regex.Pattern;
import picocli.CommandLine;

/**
 * Reads a whole-number option from ASCII digits only: Java's own parsing also takes other scripts'
 * digits ({@code --seed=٣} ran with seed 3), which no one types on purpose and a log would not show.
 */
final class WholeNumberConverter<T> implements CommandLine.ITypeConverter<T> {

  private static final Pattern ASCII_WHOLE_NUMBER = Pattern.compile("[+-]?[0-9]+");

  static final WholeNumberConverter<Integer> INT = new WholeNumberConverter<>("an int", Integer::valueOf);
  static final WholeNumberConverter<Long> LONG = new WholeNumberConverter<>("a long", Long::valueOf);

  private final String what;
  private final Function<String, T> parse;

  private WholeNumberConverter(String what, Function<String, T> parse) {
    this.what = what;
    this.parse = parse;
  }

  @Override
  public T convert(String value) {
    if (!ASCII_WHOLE_NUMBER.matcher(value).matches()) {
      boolean otherDigits = value.codePoints().anyMatch(c -> Character.isDigit(c) && (c < '0' || c > '9'));
      throw new CommandLine.TypeConversionException("'" + value + "' is not " + what
          + (otherDigits ? " (write the digits 0-9)" : ""));
    }
    try {
      return parse.apply(value);
    } catch (NumberFormatException e) {
      throw new CommandLine.TypeConversionException("'" + value + "' is not " + what + " (out of range)");
    }
  }
}
