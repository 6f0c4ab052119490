package org.scanstation.station.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.scanstation.common.Durations;
import org.scanstation.device.DeviceException;
import org.scanstation.device.printer.PrinterLanguage;
import org.scanstation.station.demo.Demo;
import org.scanstation.station.demo.ShiftReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code station demo}: the whole station against the simulator, with a shift and faults. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Run the whole station against the simulator: a scanner on a pty (or TCP without socat),"
          + " a printer on TCP (ZPL, or TSPL or EPL2 with --printer-lang), a tracking backend over HTTP, the pages, and a shift of"
          + " parcels with duplicates, typos, junk and an unauthorized Mailer ID, while the"
          + " printer runs out of paper and is refilled and the backend drops out for a while.",
      "Without --headless the station keeps running after the shift until Ctrl-C, so you can"
          + " use the pages. Exit status: 0, or 1 when anything was lost or mismatched."
    })
final class DemoCommand implements Callable<Integer> {
  private final CliContext context;

  @Spec private CommandSpec spec;

  @Option(names = "--headless", description = "No pages after the shift: run it, report, stop.")
  private boolean headless;

  @Option(
      names = "--duration",
      defaultValue = "60s",
      paramLabel = "TIME",
      description = "How long the shift lasts, e.g. 30s, 5m (default: ${DEFAULT-VALUE}).")
  private String duration;

  @Option(
      names = "--rate",
      defaultValue = "2",
      paramLabel = "SCANS/S",
      description = "Scans per second (default: ${DEFAULT-VALUE}).")
  private double rate;

  @Option(names = "--report", paramLabel = "FILE", description = "Write the shift report (JSON).")
  private Path report;

  @Option(
      names = "--port",
      defaultValue = "8080",
      description = "Pages' port (default: ${DEFAULT-VALUE}).")
  private int port;

  @Option(
      names = "--seed",
      defaultValue = "42",
      description = "Scenario seed (default: ${DEFAULT-VALUE}).")
  private long seed;

  @Option(
      names = "--printer-lang",
      defaultValue = "zpl",
      paramLabel = "LANG",
      description =
          "The simulated printer's language, and so the labels' (zpl, tspl or epl; default:"
              + " ${DEFAULT-VALUE}).")
  private String printerLang;

  @Option(
      names = "--data-dir",
      defaultValue = "./station-demo",
      paramLabel = "DIR",
      description = "The demo's own data directory; emptied at start (default: ${DEFAULT-VALUE}).")
  private Path dataDir;

  DemoCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    Duration d;
    try {
      d = Durations.parsePositive(duration);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--duration: " + e.getMessage());
    }
    if (!(rate > 0 && rate <= 200)) {
      throw new ParameterException(spec.commandLine(), "--rate must be between 0 and 200");
    }
    PrinterLanguage language;
    try {
      language = PrinterLanguage.parse(printerLang);
    } catch (DeviceException e) {
      throw new ParameterException(spec.commandLine(), "--printer-lang: " + e.getMessage());
    }
    Demo demo = new Demo(dataDir, port, d, rate, seed, Duration.ofMillis(150), 10, language);
    try (Demo.Running running = demo.start(line -> context.err().println("demo: " + line))) {
      ShiftReport r = running.driver().run(demo.plan(), rate, true, Duration.ofSeconds(90));
      String json = Json.PRETTY.writeValueAsString(r);
      if (report != null) {
        Files.writeString(report, json);
      }
      Json.document(context.out(), r);
      context
          .err()
          .printf(
              "demo: %d scans, %d accepted, %d duplicates, %d rejected, %d labels"
                  + " printed, %d events synced, LOST %d, %d mismatched, chain %s%n",
              r.scansSent(),
              r.accepted(),
              r.duplicates(),
              r.rejectedByReason().values().stream().mapToInt(Integer::intValue).sum(),
              r.labelsPrinted(),
              r.eventsSynced(),
              r.lost(),
              r.mismatches(),
              r.chainIntact() ? "intact" : "BROKEN");
      if (!headless) {
        context
            .err()
            .println(
                "demo: the shift is done; the station keeps running at "
                    + running.station().url()
                    + "/ - Ctrl-C to stop");
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown, "demo-stop"));
        stop.await();
      }
      return r.lost() == 0 && r.mismatches() == 0 && r.chainIntact() ? 0 : 1;
    }
  }
}
