package backorder.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import picocli.CommandLine;

/** Turns an argument into a Path, explaining a name the platform cannot use instead of a stack of exception names. */
final class PathConverter implements CommandLine.ITypeConverter<Path> {

  @Override
  public Path convert(String value) {
    try {
      return Path.of(value);
    } catch (InvalidPathException e) {
      String shown = value.replaceAll("[\\p{Cntrl}\\uFFFD]", "?");
      String why = value.indexOf('\0') >= 0 ? "it contains a NUL character"
          : "it has characters this system cannot put in a file name (file names are "
              + System.getProperty("sun.jnu.encoding", "?") + " here: use a UTF-8 locale such as"
              + " LANG=C.UTF-8, or rename the file)";
      throw new CommandLine.TypeConversionException("'" + shown + "' is not a usable file name: " + why);
    }
  }
}
