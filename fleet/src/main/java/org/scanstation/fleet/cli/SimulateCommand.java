package org.scanstation.fleet.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.scanstation.fleet.simulate.FleetSimulation;
import org.scanstation.fleet.simulate.SimulationPlan;
import org.scanstation.fleet.simulate.SimulationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code fleet simulate}: a fleet on this machine, with failures staged, and its report. */
@Command(
    name = "simulate",
    mixinStandardHelpOptions = true,
    description = {
      "Run N real stations (each its own Derby store, syncing with sync.sink=kafka), the fleet's"
          + " broker, D dispatchers and the simulator's backend at its limit, all in this process"
          + " with their data in a temporary directory; kill a dispatcher and stop the broker"
          + " when asked; end when every accepted parcel is created at the backend.",
      "Reports per second and in total: sent, published, delivered, lost, duplicate creates,"
          + " redundant calls, peak and mean requests/s against the limit, 429 share, consumer"
          + " lag, time to drain against the ideal parcels x stations / limit.",
      "Exit status: 0 drained with nothing lost or doubled, 1 otherwise or failed, 2 usage error."
    })
final class SimulateCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(names = "--stations", required = true, paramLabel = "N", description = "Stations.")
  private int stations;

  @Option(names = "--parcels", required = true, paramLabel = "P", description = "Per station.")
  private int parcels;

  @Option(
      names = "--dispatchers",
      defaultValue = "2",
      paramLabel = "D",
      description = "Dispatchers (default: ${DEFAULT-VALUE}).")
  private int dispatchers;

  @Option(
      names = "--kill-dispatcher-after",
      paramLabel = "DURATION",
      defaultValue = "0s",
      converter = DurationOption.class,
      description = "Kill one dispatcher abruptly this long after the first scan (default: never).")
  private Duration killAfter;

  @Option(
      names = "--broker-outage",
      paramLabel = "DURATION",
      defaultValue = "0s",
      converter = DurationOption.class,
      description = "Stop the broker for this long (default: no outage).")
  private Duration outage;

  @Option(
      names = "--broker-outage-at",
      paramLabel = "DURATION",
      defaultValue = "20s",
      converter = DurationOption.class,
      description = "When, after the first scan, the outage starts (default: ${DEFAULT-VALUE}).")
  private Duration outageAt;

  @Option(
      names = "--rate-limit",
      defaultValue = "10",
      paramLabel = "PER_SECOND",
      description = "The backend's limit, shared by the dispatchers (default: ${DEFAULT-VALUE}).")
  private int rateLimit;

  @Option(
      names = "--scan-interval",
      defaultValue = "1s",
      paramLabel = "DURATION",
      converter = DurationOption.class,
      description =
          "Mean time between two scans at a station, jittered by half (default: ${DEFAULT-VALUE}).")
  private Duration scanInterval;

  @Option(
      names = "--timeout",
      defaultValue = "15m",
      paramLabel = "DURATION",
      converter = DurationOption.class,
      description = "Give up, reported as timed out, after this long (default: ${DEFAULT-VALUE}).")
  private Duration timeout;

  @Option(
      names = "--report",
      required = true,
      paramLabel = "FILE",
      description = "Where the JSON report goes.")
  private Path report;

  @Override
  public Integer call() throws Exception {
    SimulationPlan plan = plan();
    Path dir = Files.createTempDirectory("fleet-simulate-");
    SimulationReport r;
    try {
      r = FleetSimulation.run(plan, dir, spec.commandLine().getErr());
    } finally {
      delete(dir);
    }
    Files.writeString(report, r.json());
    spec.commandLine().getOut().print(r.summary());
    spec.commandLine().getOut().println("  report: " + report);
    boolean good =
        r.totals().drained() && r.totals().lost() == 0 && r.totals().duplicateCreates() == 0;
    return good ? 0 : 1;
  }

  private SimulationPlan plan() {
    try {
      return new SimulationPlan(
          stations,
          parcels,
          dispatchers,
          rateLimit,
          scanInterval,
          killAfter,
          outageAt,
          outage,
          timeout);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> all = Files.walk(dir)) {
      all.sorted(Comparator.reverseOrder()).forEach(SimulateCommand::deleteOne);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove " + dir + "; remove it by hand", e);
    }
  }

  private static void deleteOne(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove " + p + "; remove it by hand", e);
    }
  }
}
