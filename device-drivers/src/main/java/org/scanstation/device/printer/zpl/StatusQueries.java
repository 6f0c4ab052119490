package org.scanstation.device.printer.zpl;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.scanstation.device.DeviceException;
import org.scanstation.device.printer.PrinterStatus;
import org.scanstation.device.printer.link.PrinterWire;
import org.scanstation.device.printer.stream.StatusReader;
import org.scanstation.device.printer.stream.WireQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks a ZPL printer for its status over an open wire: {@code ~HS} always, {@code ~HQES} and {@code
 * ~HQOD} while the printer answers them (older firmware does not; after two misses in a row they
 * are no longer asked, so a printer without them costs no timeouts). Not thread-safe: its printer
 * serialises use.
 */
final class StatusQueries implements StatusReader {
  private static final Logger log = LoggerFactory.getLogger(StatusQueries.class);
  private static final int GIVE_UP_AFTER = 2;

  /** A ~HS reply is complete once its 12-field string and the two after it have arrived. */
  static final Predicate<CharSequence> HOST_STATUS_DONE =
      got -> {
        List<String> frames = ReplyFrames.frames(got);
        for (int i = 0; i + 2 < frames.size(); i++) {
          if (frames.get(i).split(",", -1).length == 12) {
            return true;
          }
        }
        return false;
      };

  private final String id;
  private final String address;
  private final Duration timeout;
  private final Clock clock;
  private int extendedMisses;
  private int odometerMisses;

  StatusQueries(String id, String address, Duration timeout, Clock clock) {
    this.id = id;
    this.address = address;
    this.timeout = timeout;
    this.clock = clock;
  }

  @Override
  public PrinterStatus query(PrinterWire wire) throws IOException {
    String hs = WireQuery.ask(wire, "~HS", HOST_STATUS_DONE, timeout);
    if (hs == null) {
      return PrinterStatus.unresponsive(
          id,
          address,
          "no reply to ~HS within "
              + timeout.toMillis()
              + " ms — check the printer: Zebras fall silent while out of paper or ribbon or with"
              + " the head open; a TSPL or EPL2 printer never answers ~HS (if it is one, set"
              + " ?lang=tspl or ?lang=epl in its URI)",
          clock.instant());
    }
    HostStatusReply host;
    try {
      host = HostStatusReply.parse(lastHostStatus(hs));
    } catch (DeviceException e) {
      return PrinterStatus.unresponsive(
          id,
          address,
          e.getMessage()
              + " — is it a ZPL printer? Check its command language setting, or set ?lang=tspl"
              + " or ?lang=epl in its URI",
          clock.instant());
    }
    StringBuilder raw = new StringBuilder(hs);
    ExtendedStatusReply extended = extended(wire, raw);
    long odometer = odometer(wire, raw);
    return ZplStatus.of(id, address, host, extended, odometer, raw.toString(), clock.instant());
  }

  @Override
  public PrinterStatus afterJob(PrinterWire wire, Duration wait) throws IOException {
    String hs = WireQuery.ask(wire, "~HS", HOST_STATUS_DONE, wait);
    if (hs == null) {
      return null;
    }
    HostStatusReply host = HostStatusReply.parse(lastHostStatus(hs));
    return ZplStatus.of(id, address, host, null, -1, hs, clock.instant());
  }

  @Override
  public String ackQuery() {
    return "~HS";
  }

  private ExtendedStatusReply extended(PrinterWire wire, StringBuilder raw) throws IOException {
    if (extendedMisses >= GIVE_UP_AFTER) {
      return null;
    }
    String r = WireQuery.ask(wire, "~HQES", got -> has(got, "WARNINGS:"), timeout);
    try {
      ExtendedStatusReply parsed = r == null ? null : ExtendedStatusReply.parse(r);
      extendedMisses = parsed == null ? extendedMisses + 1 : 0;
      raw.append(r == null ? "" : r);
      return parsed;
    } catch (DeviceException e) {
      extendedMisses++;
      return null;
    } finally {
      if (extendedMisses == GIVE_UP_AFTER) {
        log.info("printer {} does not answer ~HQES: its status comes from ~HS alone", id);
      }
    }
  }

  private long odometer(PrinterWire wire, StringBuilder raw) throws IOException {
    if (odometerMisses >= GIVE_UP_AFTER) {
      return -1;
    }
    String r = WireQuery.ask(wire, "~HQOD", got -> has(got, "CNTR2"), timeout);
    try {
      long total = r == null ? -1 : OdometerReply.total(r);
      odometerMisses = total < 0 ? odometerMisses + 1 : 0;
      raw.append(r == null ? "" : r);
      return total;
    } catch (DeviceException e) {
      odometerMisses++;
      return -1;
    } finally {
      if (odometerMisses == GIVE_UP_AFTER) {
        log.info(
            "printer {} does not answer ~HQOD: whether a job printed is judged by its buffer"
                + " alone (see docs/printers.md)",
            id);
      }
    }
  }

  private static boolean has(CharSequence got, String word) {
    return ReplyFrames.frames(got).stream().anyMatch(f -> f.contains(word));
  }

  /** The ~HS strings of the reply, skipping any late frame of an earlier query before them. */
  static String lastHostStatus(String reply) {
    List<String> frames = ReplyFrames.frames(reply);
    for (int i = frames.size() - 3; i >= 0; i--) {
      if (frames.get(i).split(",", -1).length == 12) {
        StringBuilder b = new StringBuilder();
        for (String f : frames.subList(i, i + 3)) {
          b.append(ReplyFrames.STX).append(f).append(ReplyFrames.ETX).append("\r\n");
        }
        return b.toString();
      }
    }
    return reply;
  }
}
