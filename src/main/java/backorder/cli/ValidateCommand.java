package backorder.cli;

import backorder.scenario.ScenarioException;
import backorder.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code backorder validate FILE...}: prints ok per valid file, or its problems. */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "Checks scenario files; prints ok or the problems.")
final class ValidateCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "SCENARIO.yaml")
  List<Path> files;

  @Mixin
  SideFileOption sideFiles;

  @Override
  public Integer call() {
    int status = Main.OK;
    for (Path file : files) {
      try {
        ScenarioLoader.load(file, List.of(), sideFiles.access());
        // SPEC: prints "ok"; with several files, say which one
        System.out.println(files.size() == 1 ? "ok" : file + ": ok");
      } catch (ScenarioException e) {
        ProblemLines.print(e.problems(), System.err);
        status = Main.INVALID_INPUT;
      }
    }
    return status;
  }
}
