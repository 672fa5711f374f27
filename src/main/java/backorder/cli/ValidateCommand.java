package backorder.cli;

import backorder.experiment.RunEstimate;
import backorder.report.VisibleText;
import backorder.scenario.Scenario;
import backorder.scenario.ScenarioException;
import backorder.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code backorder validate FILE...}: prints ok per valid file, or its problems. */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "Checks scenario files; prints ok or the problems.")
final class ValidateCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "SCENARIO.yaml")
  List<Path> files;

  @Mixin
  SideFileOption sideFiles;

  @Option(names = "--estimate", description = "Also print each valid file's estimated size: the events"
      + " a run of it fires (a run above 2e10 events needs --force).")
  boolean estimate;

  @Override
  public Integer call() {
    int status = Main.OK;
    for (Path file : files) {
      try {
        Scenario scenario = ScenarioLoader.load(file, List.of(), sideFiles.access());
        // SPEC: prints "ok"; with several files, say which one
        System.out.println(files.size() == 1 ? "ok" : VisibleText.of(file.toString()) + ": ok");
        size(file, scenario);
      } catch (ScenarioException e) {
        ProblemLines.print(e.problems(), System.err);
        status = Main.INVALID_INPUT;
      }
    }
    return status;
  }

  /** The estimate on stdout with --estimate; a note on stderr whenever a run would need --force. */
  private void size(Path file, Scenario scenario) {
    double perReplication = RunEstimate.perReplication(scenario);
    double events = perReplication * scenario.replications();
    int policies = scenario.policies().size();
    String words = "about " + RunSize.count(events) + " events per run ("
        + RunSize.breakdown(policies, scenario.replications(), perReplication / policies) + "; "
        + RunSize.duration(events) + " at " + RunSize.count(RunSize.CONSERVATIVE_EVENTS_PER_SECOND)
        + " events a second)";
    if (estimate) {
      System.out.println(VisibleText.of(file.toString()) + ": " + words);
    }
    if (events > RunSize.LIMIT_EVENTS) {
      System.err.println("backorder: note: " + VisibleText.of(file.toString()) + ": " + words + ", above the limit of "
          + RunSize.count(RunSize.LIMIT_EVENTS) + ": run needs --force");
    }
  }
}
