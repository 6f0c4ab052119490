package org.scanstation.device.printer.epl;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.scanstation.device.DeviceException;
import org.scanstation.device.printer.PrinterStatus;
import org.scanstation.device.printer.link.PrinterWire;
import org.scanstation.device.printer.stream.StatusReader;
import org.scanstation.device.printer.stream.WireQuery;

/**
 * Asks an EPL2 printer for its status with {@code ^ee}, the one status query EPL2 has; the same
 * query confirms a job. An EPL2 printer answers it even while faulted, so silence or a reply that
 * is not a line of codes most likely means it is not an EPL2 printer. Not thread-safe: its printer
 * serialises use.
 */
final class EplQueries implements StatusReader {
  /** {@code ^ee} with the line end EPL2 needs before it acts on a command. */
  static final String QUERY = "^ee\r\n";

  private static final String MISMATCH =
      " — an EPL2 printer answers it even when faulted, so this is likely not an EPL2 printer (a"
          + " Zebra in ZPL mode, or a TSPL printer): set ?lang=zpl or ?lang=tspl in its URI; if it"
          + " is EPL2, check that it is on";

  private final String id;
  private final String address;
  private final Duration timeout;
  private final Clock clock;

  EplQueries(String id, String address, Duration timeout, Clock clock) {
    this.id = id;
    this.address = address;
    this.timeout = timeout;
    this.clock = clock;
  }

  @Override
  public PrinterStatus query(PrinterWire wire) throws IOException {
    String r = WireQuery.ask(wire, QUERY, EplErrors::complete, timeout);
    if (r == null) {
      return PrinterStatus.unresponsive(
          id,
          address,
          "no reply to ^ee within " + timeout.toMillis() + " ms" + MISMATCH,
          clock.instant());
    }
    try {
      return EplStatus.of(id, address, EplErrors.parse(r), r, clock.instant());
    } catch (DeviceException e) {
      return PrinterStatus.unresponsive(id, address, e.getMessage() + MISMATCH, clock.instant());
    }
  }

  @Override
  public PrinterStatus afterJob(PrinterWire wire, Duration wait) throws IOException {
    String r = WireQuery.ask(wire, QUERY, EplErrors::complete, wait);
    return r == null ? null : EplStatus.of(id, address, EplErrors.parse(r), r, clock.instant());
  }

  @Override
  public String ackQuery() {
    return "^ee";
  }
}
