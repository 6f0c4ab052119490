package org.scanstation.device.printer.zpl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.scanstation.device.DeviceException;
import org.scanstation.device.printer.PrinterStatus;
import org.scanstation.device.printer.link.PrinterWire;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks a ZPL printer for its status over an open wire: {@code ~HS} always, {@code ~HQES} and {@code
 * ~HQOD} while the printer answers them (older firmware does not; after two misses in a row they
 * are no longer asked, so a printer without them costs no timeouts). Not thread-safe: its printer
 * serialises use.
 */
final class StatusQueries {
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

  /** The printer's status; IOException when the wire failed (the caller reconnects). */
  PrinterStatus query(PrinterWire wire) throws IOException {
    String hs = ask(wire, "~HS", HOST_STATUS_DONE, timeout);
    if (hs == null) {
      return PrinterStatus.unresponsive(
          id, address, "no reply to ~HS within " + timeout.toMillis() + " ms", clock.instant());
    }
    HostStatusReply host;
    try {
      host = HostStatusReply.parse(lastHostStatus(hs));
    } catch (DeviceException e) {
      return PrinterStatus.unresponsive(
          id,
          address,
          e.getMessage() + " — is it a ZPL printer? Check its command language setting",
          clock.instant());
    }
    StringBuilder raw = new StringBuilder(hs);
    ExtendedStatusReply extended = extended(wire, raw);
    long odometer = odometer(wire, raw);
    return ZplStatus.of(id, address, host, extended, odometer, raw.toString(), clock.instant());
  }

  private ExtendedStatusReply extended(PrinterWire wire, StringBuilder raw) throws IOException {
    if (extendedMisses >= GIVE_UP_AFTER) {
      return null;
    }
    String r = ask(wire, "~HQES", got -> has(got, "WARNINGS:"), timeout);
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
    String r = ask(wire, "~HQOD", got -> has(got, "CNTR2"), timeout);
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

  /** Sends a query and waits for its complete reply; null when none came in time. */
  static String ask(
      PrinterWire wire, String command, Predicate<CharSequence> done, Duration timeout)
      throws IOException {
    wire.discardInput();
    byte[] q = command.getBytes(StandardCharsets.US_ASCII);
    wire.write(q, 0, q.length);
    StringBuilder got = new StringBuilder();
    byte[] buf = new byte[1024];
    long deadline = System.nanoTime() + timeout.toNanos();
    for (long left = timeout.toNanos(); left > 0; left = deadline - System.nanoTime()) {
      int n = wire.read(buf, Duration.ofNanos(left));
      if (n < 0) {
        throw new IOException("the printer closed the connection");
      }
      got.append(new String(buf, 0, n, StandardCharsets.ISO_8859_1));
      if (done.test(got)) {
        return got.toString();
      }
    }
    return null;
  }
}
