package org.scanstation.station.demo;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.scanstation.device.printer.PrinterLanguage;
import org.scanstation.simulator.SimulatorException;
import org.scanstation.simulator.backend.BackendSettings;
import org.scanstation.simulator.backend.SimulatedBackend;
import org.scanstation.simulator.printer.PrinterSettings;
import org.scanstation.simulator.printer.SimulatedPrinter;
import org.scanstation.simulator.scanner.ScannerSettings;
import org.scanstation.simulator.scanner.SimulatedScanner;
import org.scanstation.simulator.shift.ShiftPlan;

/**
 * The world outside a demo station, from the simulator, over real transports: a scanner on a pty
 * (or, without socat, a TCP serial server), a label printer on TCP speaking ZPL, TSPL or EPL2, and
 * a tracking backend over HTTP. The station is configured with their addresses exactly as it would
 * be with hardware.
 */
public final class DemoWorld implements AutoCloseable {
  /** The demo's backend API key (a fake backend's, never a real one). */
  public static final String API_KEY = "demo-key";

  /** The demo scanner's and printer's ids in the station's configuration. */
  public static final String SCANNER_ID = "demo-desk";

  public static final String PRINTER_ID = "demo-printer";

  private final SimulatedBackend backend;
  private final SimulatedPrinter printer;
  private final SimulatedScanner scanner;
  private final String scannerUri;
  private final String scannerHow;
  private final Duration perLabel;
  private final int backendRate;
  private final PrinterLanguage language;

  private DemoWorld(
      PrinterLanguage language,
      SimulatedBackend backend,
      SimulatedPrinter printer,
      SimulatedScanner scanner,
      String scannerUri,
      String scannerHow,
      Duration perLabel,
      int backendRate) {
    this.language = language;
    this.perLabel = perLabel;
    this.backendRate = backendRate;
    this.backend = backend;
    this.printer = printer;
    this.scanner = scanner;
    this.scannerUri = scannerUri;
    this.scannerHow = scannerHow;
  }

  /**
   * Starts the three simulators on loopback.
   *
   * @param dir where the scanner's pty link goes
   * @param perLabel how long the simulated printer takes per label
   * @param backendRate the simulated backend's requests per second (AfterShip: 10)
   * @param language the printer's language
   */
  public static DemoWorld start(
      Path dir, Duration perLabel, int backendRate, PrinterLanguage language) {
    InetAddress lo = InetAddress.getLoopbackAddress();
    SimulatedBackend backend =
        SimulatedBackend.start(
            lo, 0, BackendSettings.withApiKey(API_KEY).withRateLimit(backendRate));
    SimulatedPrinter printer =
        SimulatedPrinter.onTcp(
            lo,
            0,
            PrinterSettings.defaults()
                .withPerLabel(perLabel)
                .withLanguage(
                    org.scanstation.simulator.printer.PrinterLanguage.parse(language.key())));
    SimulatedScanner scanner;
    String uri;
    String how;
    Path tty = dir.resolve("tty-demo-desk");
    try {
      scanner = SimulatedScanner.onPty(tty, ScannerSettings.defaults());
      uri = "serial:" + tty + "?suffix=CR";
      how = "serial scanner on a pty at " + tty + " (socat)";
    } catch (SimulatorException noSocat) {
      scanner = SimulatedScanner.onTcp(lo, 0, ScannerSettings.defaults());
      uri = "tcp://127.0.0.1:" + scanner.port() + "?suffix=CR";
      how =
          "network serial scanner at 127.0.0.1:"
              + scanner.port()
              + " (socat is missing, so no pty: "
              + noSocat.getMessage()
              + ")";
    }
    return new DemoWorld(language, backend, printer, scanner, uri, how, perLabel, backendRate);
  }

  /** The station's configuration for this world, as environment variables. */
  public Map<String, String> stationEnv(int httpPort) {
    Map<String, String> env = new HashMap<>();
    env.put("STATION_STATION_ID", "demo-station");
    env.put("STATION_STATION_OPERATOR", "demo");
    env.put("STATION_SCANNERS", SCANNER_ID + "=" + scannerUri);
    env.put(
        "STATION_PRINTERS",
        PRINTER_ID + "=tcp://127.0.0.1:" + printer.port() + "?lang=" + language.key());
    env.put("STATION_STATION_PRINTER", PRINTER_ID);
    // The station confirms each label by polling the printer; poll a simulated printer about as
    // often as it prints, as one would a fast real one.
    long poll = Math.max(10, perLabel.toMillis() / 2);
    env.put("STATION_PRINTER_POLL_INTERVAL", poll + "ms");
    env.put("STATION_BACKEND_URL", backend.baseUri().toString());
    env.put("STATION_BACKEND_API_KEY", API_KEY);
    env.put("STATION_SYNC_RATE_LIMIT", String.valueOf(backendRate));
    env.put("STATION_POLICY_MAILER_ID_ALLOW", String.join(",", ShiftPlan.DEFAULT_MAILER_IDS));
    env.put("STATION_POLICY_UNKNOWN_SHIPMENT", "accept");
    env.put("STATION_HTTP_PORT", String.valueOf(httpPort));
    env.put("STATION_SUPERVISOR_PIN", "1234");
    return env;
  }

  /** The simulated backend. */
  public SimulatedBackend backend() {
    return backend;
  }

  /** The simulated printer. */
  public SimulatedPrinter printer() {
    return printer;
  }

  /** The simulated scanner. */
  public SimulatedScanner scanner() {
    return scanner;
  }

  /** How the scanner is connected, in words. */
  public String scannerHow() {
    return scannerHow;
  }

  /** What was started where, one line each, for people. */
  public Map<String, String> addresses() {
    Map<String, String> m = new java.util.LinkedHashMap<>();
    m.put("scanner", scannerHow);
    m.put("printer", printerKind() + " at 127.0.0.1:" + printer.port());
    m.put("backend", "AfterShip-style tracking API at " + backend.baseUri());
    return m;
  }

  private String printerKind() {
    return switch (language) {
      case ZPL -> "Zebra-style ZPL printer";
      case TSPL -> "TSC-style TSPL printer";
      case EPL -> "Zebra LP 2844-style EPL2 printer";
    };
  }

  @Override
  public void close() {
    scanner.close();
    printer.close();
    backend.close();
  }
}
