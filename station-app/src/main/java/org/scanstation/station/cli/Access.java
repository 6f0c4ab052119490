package org.scanstation.station.cli;

import org.scanstation.station.api.StationOperations;

/** Opens the station's data for a command and says on standard error how it was reached. */
final class Access {
  private Access() {}

  static StationOperations open(GlobalOptions global, CliContext context) {
    StationOperations ops = global.assembly().access(global.dataDir());
    context.err().println("station: " + ops.describe());
    return ops;
  }
}
