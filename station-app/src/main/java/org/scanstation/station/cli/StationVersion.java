package org.scanstation.station.cli;

import picocli.CommandLine.IVersionProvider;

/** {@code station --version}: the version recorded in the jar's manifest at build time. */
final class StationVersion implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = StationCli.class.getPackage().getImplementationVersion();
    return new String[] {
      "station " + (v != null ? v : "(development build)"), "Java " + Runtime.version()
    };
  }
}
