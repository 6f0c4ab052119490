package org.scanstation.simulator.cli;

import picocli.CommandLine.IVersionProvider;

/** {@code simulator --version}: the version recorded in the jar's manifest at build time. */
final class SimulatorVersion implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = SimulatorCli.class.getPackage().getImplementationVersion();
    return new String[] {
      "simulator " + (v != null ? v : "(development build)"), "Java " + Runtime.version()
    };
  }
}
