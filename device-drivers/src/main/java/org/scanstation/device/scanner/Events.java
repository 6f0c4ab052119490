package org.scanstation.device.scanner;

import java.time.Clock;
import org.slf4j.Logger;

/**
 * Turns what sessions recognise into listener calls for one scanner, logs status changes and
 * problems, and keeps a failing listener from stopping the scanner. Used on one thread.
 */
final class Events implements ScanSink {
  private final String scannerId;
  private final ScannerListener listener;
  private final Clock clock;
  private final Logger log;

  Events(String scannerId, ScannerListener listener, Clock clock, Logger log) {
    this.scannerId = scannerId;
    this.listener = listener;
    this.clock = clock;
    this.log = log;
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
    log.warn("scanner {}: {}: {}", scannerId, kind, message);
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
