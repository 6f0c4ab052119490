package org.scanstation.station.cli;

import org.scanstation.station.api.StationOperations;
import org.scanstation.station.app.StationAccess;

/** Opens the station's data for a command and says on standard error how it was reached. */
final class Access {
  private Access() {}

  static StationOperations open(GlobalOptions global, CliContext context) {
    StationOperations ops = StationAccess.open(global.dataDir(), global.config());
    context.err().println("station: " + ops.describe());
    return ops;
  }
}
