package backorder.cli;

import backorder.scenario.Problem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code backorder} command: run, sweep, optimize, validate, report, help. Exit 0 success, 2 invalid input, 1 otherwise. */
@Command(name = "backorder", mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Simulates how inventory policies cope with backorders.")
public final class Main implements Callable<Integer> {

  public static final int OK = 0;
  public static final int FAILED = 1;
  public static final int INVALID_INPUT = 2;

  /** picocli's list of regular expressions of classes whose built-in converters it skips. */
  private static final String CONVERTER_EXCLUDES = "picocli.converters.excludes";

  /** The subcommands, in the order the usage lists them. */
  private static final List<Class<?>> SUBCOMMANDS = List.of(RunCommand.class, SweepCommand.class,
      OptimizeCommand.class, ValidateCommand.class, ReportCommand.class, CommandLine.HelpCommand.class);

  public static void main(String[] args) {
    OutOfMemory.installForOtherThreads();
    if (looksLikeLocalRun(args)) {
      // started before picocli builds its model, so that the loading of the YAML parser and the
      // engine's first compilations overlap the command line's own start-up (RunCommand starts it
      // too when it is called another way; it runs once)
      backorder.experiment.EngineWarmup.startInBackground();
    }
    int status;
    try {
      status = execute(args);
    } catch (OutOfMemoryError e) {
      OutOfMemory.report(System.err);
      status = FAILED;
    }
    System.exit(status);
  }

  /** Whether the arguments ask for {@code run} without {@code --spark}: a guess made before parsing. */
  static boolean looksLikeLocalRun(String[] args) {
    if (args.length == 0 || !args[0].equals("run")) {
      return false;
    }
    for (String arg : args) {
      if (arg.equals("--spark") || arg.startsWith("--spark=")) {
        return false;
      }
    }
    return true;
  }

  /** Runs the command line and returns the exit status (for tests and the launcher alike). */
  public static int execute(String... args) {
    System.setProperty("java.awt.headless", "true");
    // no option takes a java.sql or java.time value: picocli need not load those classes for converters
    if (System.getProperty(CONVERTER_EXCLUDES) == null) {
      System.setProperty(CONVERTER_EXCLUDES, "java\\.sql\\..*,java\\.time\\..*");
    }
    CommandLine cli = commandLine(args.length > 0 ? args[0] : null);
    cli.registerConverter(Path.class, new PathConverter());
    cli.registerConverter(Integer.class, WholeNumberConverter.INT);
    cli.registerConverter(int.class, WholeNumberConverter.INT);
    cli.registerConverter(Long.class, WholeNumberConverter.LONG);
    cli.registerConverter(long.class, WholeNumberConverter.LONG);
    cli.setParameterExceptionHandler(Main::reportBadArguments);
    cli.setExecutionExceptionHandler((ex, line, parsed) -> {
      if (ex instanceof InvalidInputException) {
        line.getErr().println("backorder: " + ex.getMessage()); // made printable when thrown
        return INVALID_INPUT;
      }
      if (OutOfMemory.causedBy(ex)) {
        line.getErr().flush();
        OutOfMemory.report(System.err);
        return FAILED;
      }
      line.getErr().println("backorder: error: " + Problem.printable(describe(ex)));
      if (System.getenv("BACKORDER_DEBUG") != null) {
        ex.printStackTrace(line.getErr());
      }
      return FAILED;
    });
    return checkStandardOutput(cli.execute(args), cli);
  }

  /**
   * picocli's own handling of a command line it cannot parse (the message, then suggestions or the
   * usage; exit 2), with the message made printable: it quotes what was typed.
   */
  private static int reportBadArguments(CommandLine.ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    PrintWriter err = cmd.getErr();
    err.println(Problem.printable(ex.getMessage()));
    if (!CommandLine.UnmatchedArgumentException.printSuggestions(ex, err)) {
      cmd.usage(err, cmd.getColorScheme());
    }
    return cmd.getCommandSpec().exitCodeOnInvalidInput();
  }

  /**
   * The command tree: only the subcommand {@code first} names when it names one other than help (picocli
   * builds each subcommand's model by reflection, ~0.1 s for all of them), else every subcommand.
   */
  private static CommandLine commandLine(String first) {
    CommandLine cli = new CommandLine(new Main());
    Class<?> named = subcommandNamed(first);
    for (Class<?> sub : SUBCOMMANDS) {
      if (named == null || sub.equals(named)) {
        cli.addSubcommand(sub);
      }
    }
    return cli;
  }

  /** The subcommand called {@code name}, or null (help needs all of them to describe any). */
  private static Class<?> subcommandNamed(String name) {
    for (Class<?> sub : SUBCOMMANDS) {
      if (!sub.equals(CommandLine.HelpCommand.class) && sub.getAnnotation(Command.class).name().equals(name)) {
        return sub;
      }
    }
    return null;
  }

  /** System.out swallows write errors (a full disk behind a redirect): report them, exit 1. */
  private static int checkStandardOutput(int status, CommandLine cli) {
    cli.getOut().flush();
    if (!System.out.checkError()) {
      return status;
    }
    PrintWriter err = cli.getErr();
    err.println("backorder: error: could not write to standard output (disk full or output closed)");
    err.flush();
    return status == OK ? FAILED : status;
  }

  private static String describe(Throwable ex) {
    String message = ex.getMessage();
    return message == null ? ex.getClass().getSimpleName() : message;
  }

  /** No command given: the usage, and exit 2 so that a script which forgot the command notices. */
  @Override
  public Integer call() {
    commandLine(null).usage(System.err);
    return INVALID_INPUT;
  }

  /** Prints the engine version from the jar manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"backorder-workbench " + backorder.report.SummaryJson.ENGINE_VERSION};
    }
  }
}
