package org.scanstation.device.printer.tspl;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.scanstation.device.DeviceException;
import org.scanstation.device.printer.PrinterStatus;
import org.scanstation.device.printer.link.PrinterWire;
import org.scanstation.device.printer.stream.StatusReader;
import org.scanstation.device.printer.stream.WireQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks a TSPL printer for its status: {@code <ESC>!?} always, {@code <ESC>!S} while the firmware
 * answers it (older firmware does not; after two misses in a row it is no longer asked). A TSPL
 * printer answers {@code <ESC>!?} at once even while faulted, so silence, or a reply that is not
 * one byte, most likely means it is not a TSPL printer. Not thread-safe: its printer serialises
 * use.
 */
final class TsplQueries implements StatusReader {
  static final String FLAGS = "\u001b!?";
  static final String DETAIL = "\u001b!S";
  private static final Logger log = LoggerFactory.getLogger(TsplQueries.class);
  private static final int GIVE_UP_AFTER = 2;
  private static final String MISMATCH =
      " — a TSPL printer answers it at once even when faulted, so this is likely not a TSPL"
          + " printer (a Zebra, or an EPL2 printer): set ?lang=zpl or ?lang=epl in its URI; if it"
          + " is TSPL, check that it is on";

  private final String id;
  private final String address;
  private final Duration timeout;
  private final Clock clock;
  private int detailMisses;

  TsplQueries(String id, String address, Duration timeout, Clock clock) {
    this.id = id;
    this.address = address;
    this.timeout = timeout;
    this.clock = clock;
  }

  @Override
  public PrinterStatus query(PrinterWire wire) throws IOException {
    String r = WireQuery.ask(wire, FLAGS, got -> got.length() >= 1, timeout);
    if (r == null) {
      return PrinterStatus.unresponsive(
          id,
          address,
          "no reply to <ESC>!? within " + timeout.toMillis() + " ms" + MISMATCH,
          clock.instant());
    }
    TsplFlags flags;
    try {
      flags = TsplFlags.parse(r);
    } catch (DeviceException e) {
      return PrinterStatus.unresponsive(id, address, e.getMessage() + MISMATCH, clock.instant());
    }
    StringBuilder raw = new StringBuilder(r);
    TsplDetail detail = detail(wire, raw);
    return TsplStatus.of(id, address, flags, detail, raw.toString(), clock.instant());
  }

  private TsplDetail detail(PrinterWire wire, StringBuilder raw) throws IOException {
    if (detailMisses >= GIVE_UP_AFTER) {
      return null;
    }
    String r = WireQuery.ask(wire, DETAIL, TsplDetail::complete, timeout);
    try {
      TsplDetail parsed = r == null ? null : TsplDetail.parse(r);
      detailMisses = parsed == null ? detailMisses + 1 : 0;
      raw.append(r == null ? "" : r);
      return parsed;
    } catch (DeviceException e) {
      detailMisses++;
      return null;
    } finally {
      if (detailMisses == GIVE_UP_AFTER) {
        log.info("printer {} does not answer <ESC>!S: its status comes from <ESC>!? alone", id);
      }
    }
  }

  @Override
  public PrinterStatus afterJob(PrinterWire wire, Duration wait) throws IOException {
    String r = WireQuery.ask(wire, FLAGS, got -> got.length() >= 1, wait);
    if (r == null) {
      return null;
    }
    return TsplStatus.of(id, address, TsplFlags.parse(r), null, r, clock.instant());
  }

  @Override
  public String ackQuery() {
    return "<ESC>!?";
  }
}
