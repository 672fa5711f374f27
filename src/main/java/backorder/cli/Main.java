package backorder.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code backorder} command: run, sweep, optimize, validate, report. Exit 0 success, 2 invalid input, 1 otherwise. */
@Command(name = "backorder", mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Simulates how inventory policies cope with backorders.",
    subcommands = {RunCommand.class, SweepCommand.class, OptimizeCommand.class, ValidateCommand.class,
        ReportCommand.class})
public final class Main implements Runnable {

  public static final int OK = 0;
  public static final int FAILED = 1;
  public static final int INVALID_INPUT = 2;

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs the command line and returns the exit status (for tests and the launcher alike). */
  public static int execute(String... args) {
    System.setProperty("java.awt.headless", "true");
    CommandLine cli = new CommandLine(new Main());
    cli.setExecutionExceptionHandler((ex, line, parsed) -> {
      if (ex instanceof InvalidInputException) {
        line.getErr().println("backorder: " + ex.getMessage());
        return INVALID_INPUT;
      }
      line.getErr().println("backorder: error: " + describe(ex));
      if (System.getenv("BACKORDER_DEBUG") != null) {
        ex.printStackTrace(line.getErr());
      }
      return FAILED;
    });
    return cli.execute(args);
  }

  private static String describe(Throwable ex) {
    String message = ex.getMessage();
    return message == null ? ex.getClass().getSimpleName() : message;
  }

  @Override
  public void run() {
    new CommandLine(this).usage(System.err);
  }

  /** Prints the engine version from the jar manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"backorder-workbench " + backorder.report.SummaryJson.ENGINE_VERSION};
    }
  }
}
