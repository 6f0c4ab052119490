package org.scanstation.device.scanner;

import java.time.Clock;
import org.scanstation.device.WarnLimiter;
import org.slf4j.Logger;

/**
 * Turns what sessions recognise into listener calls for one scanner, logs status changes and
 * problems, and keeps a failing listener from stopping the scanner. Problems are caused by input,
 * so a junk-spewing device could repeat them without end: each kind is logged through a {@link
 * WarnLimiter} (the listener still hears every one). Used on one thread.
 */
final class Events implements ScanSink {
  private final String scannerId;
  private final ScannerListener listener;
  private final Clock clock;
  private final Logger log;
  private final WarnLimiter warnings;

  Events(String scannerId, ScannerListener listener, Clock clock, Logger log) {
    this.scannerId = scannerId;
    this.listener = listener;
    this.clock = clock;
    this.log = log;
    this.warnings = new WarnLimiter(WarnLimiter.DEFAULT_WINDOW, clock, log::warn);
  }

  /** Nothing else to do now: repeated warnings whose window is over get their count logged. */
  void idle() {
    warnings.flush();
  }

  @Override
  public void frame(byte[] data, Arrival arrival, String symbology) {
    Scan scan = new Scan(scannerId, data, symbology, arrival.nanos(), arrival.at());
    try {
      listener.onScan(scan);
    } catch (RuntimeException e) {
      log.error("scanner {}: the listener failed on {}", scannerId, scan, e);
    }
  }

  @Override
  public void problem(ScannerError.Kind kind, String message) {
    error(kind, message);
  }

  void error(ScannerError.Kind kind, String message) {
    warnings.warn(kind.name(), "scanner " + scannerId + ": " + kind + ": " + message);
    ScannerError error = new ScannerError(scannerId, kind, message, clock.instant());
    try {
      listener.onError(error);
    } catch (RuntimeException e) {
      log.error("scanner {}: the listener failed on {}", scannerId, error, e);
    }
  }

  void status(ConnectionState state, String detail) {
    log.info("scanner {}: {}: {}", scannerId, state, detail);
    ScannerStatus status = new ScannerStatus(scannerId, state, detail, clock.instant());
    try {
      listener.onStatus(status);
    } catch (RuntimeException e) {
      log.error("scanner {}: the listener failed on {}", scannerId, status, e);
    }
  }
}
