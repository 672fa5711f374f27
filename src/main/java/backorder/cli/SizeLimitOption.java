package backorder.cli;

import picocli.CommandLine.Option;

/** {@code --force}: lets run, sweep and optimize start work above the size limit of {@link RunSize}. */
final class SizeLimitOption {

  @Option(names = "--force", description = "Run even when the estimated size is above the limit"
      + " (2e10 events, about an hour of simulation).")
  boolean force;
}
