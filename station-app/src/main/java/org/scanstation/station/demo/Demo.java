package org.scanstation.station.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.scanstation.device.printer.PrinterLanguage;
import org.scanstation.simulator.shift.ExpectedScan;
import org.scanstation.simulator.shift.ShiftMix;
import org.scanstation.simulator.shift.ShiftPlan;
import org.scanstation.station.StationException;
import org.scanstation.station.app.RunningStation;
import org.scanstation.station.config.StationConfig;

/**
 * {@code station demo}: a whole station wired through its real drivers to the simulator's scanner,
 * printer and backend, fed a realistic shift with faults. The composition root of the demo; it
 * starts a real {@link RunningStation} with ordinary configuration.
 *
 * @param dataDir the demo's own data directory, emptied at start
 * @param port the pages' port (0 for any)
 * @param duration how long the shift lasts
 * @param rate scans per second
 * @param seed the scenario's seed
 * @param perLabel the simulated printer's time per label
 * @param backendRate the simulated backend's rate limit, requests per second
 * @param printerLanguage the language of the simulated printer, and so of the labels sent to it
 */
public record Demo(
    Path dataDir,
    int port,
    Duration duration,
    double rate,
    long seed,
    Duration perLabel,
    int backendRate,
    PrinterLanguage printerLanguage) {

  /** Checks the language is given. */
  public Demo {
    Objects.requireNonNull(printerLanguage, "printerLanguage");
  }

  /** A demo with a ZPL printer. */
  public Demo(
      Path dataDir,
      int port,
      Duration duration,
      double rate,
      long seed,
      Duration perLabel,
      int backendRate) {
    this(dataDir, port, duration, rate, seed, perLabel, backendRate, PrinterLanguage.ZPL);
  }

  private static final String MARKER = ".station-demo";

  /** A running demo: the world, the station, and the shift driver. */
  public record Running(DemoWorld world, RunningStation station, ShiftDriver driver)
      implements AutoCloseable {
    @Override
    public void close() {
      station.close();
      world.close();
    }
  }

  /** Starts simulators and station; says what runs where. */
  public Running start(Consumer<String> say) {
    prepare();
    DemoWorld world = DemoWorld.start(dataDir, perLabel, backendRate, printerLanguage);
    try {
      Map<String, String> env = world.stationEnv(port);
      RunningStation station =
          RunningStation.start(dataDir.resolve("data"), StationConfig.load(null, env), env);
      world.addresses().forEach((k, v) -> say.accept(k + ": " + v));
      say.accept(
          "station: pages at "
              + station.url()
              + "/ (supervisor PIN 1234), store "
              + dataDir.resolve("data"));
      return new Running(world, station, new ShiftDriver(world, station, say));
    } catch (RuntimeException e) {
      world.close();
      throw e;
    }
  }

  /** The shift for this demo's duration and rate, with the usual mix of scans. */
  public List<ExpectedScan> plan() {
    return plan(ShiftMix.defaults());
  }

  /** The shift for this demo's duration and rate, with {@code mix}. */
  public List<ExpectedScan> plan(ShiftMix mix) {
    int parcels = (int) Math.max(1, Math.round(duration.toMillis() / 1000.0 * rate));
    return ShiftPlan.generate(parcels, mix, seed, ShiftPlan.DEFAULT_MAILER_IDS);
  }

  private void prepare() {
    try {
      if (Files.exists(dataDir)) {
        if (!Files.exists(dataDir.resolve(MARKER))) {
          throw new StationException(
              dataDir
                  + " exists and is not a demo directory; pick another"
                  + " --data-dir (the demo empties its directory first)");
        }
        try (var walk = Files.walk(dataDir)) {
          for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
            Files.delete(p);
          }
        }
      }
      Files.createDirectories(dataDir);
      Files.writeString(dataDir.resolve(MARKER), "made by station demo; emptied by the next\n");
    } catch (IOException e) {
      throw new StationException(
          "cannot prepare the demo directory " + dataDir + ": " + e.getMessage(), e);
    }
  }
}
